"""Where a meeting was held when the words that say it are not in its own clause: the sentence
right after it ("The consultations took place in Riga.", "The meeting was held in Turkistan, at
the regional akimat.") and a capital named by its country's adjective ("took place in the Kyrgyz
capital", the dateline's city when it is that country's). Each is listed for a person to
confirm, and the event's quote is widened to state the city (``event_fields.WIDEST`` at most)."""

from __future__ import annotations

import re

from kzeu.draft.drafted import DraftEvent
from kzeu.draft.event_fields import WIDEST
from kzeu.draft.event_places import AT_A_DISTANCE, city_named
from kzeu.draft.hosts import host_country
from kzeu.draft.lexicon import alternation
from kzeu.draft.lexicon.events import TOLD_AGAIN_SUBJECTS, TOLD_AGAIN_VERBS
from kzeu.draft.places import AFFILIATIONS
from kzeu.draft.report import Report, Span

# "The consultations took place in Riga", "The meeting was held in Turkistan": a sentence that
# opens by telling where the meeting just told of was held.
_TOLD_AGAIN = re.compile(
    r"""
    (?:The|These|Both)\s(?:[\w-]+\s)?                  # "The talks", "The bilateral meeting"
    """
    + alternation(TOLD_AGAIN_SUBJECTS)
    + r"""
    \s"""
    + alternation(TOLD_AGAIN_VERBS)
    + r"""
    \sin\s(?P<place>(?:St\.\s)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)   # "in Riga"
    """,
    re.VERBOSE,
)
# "in the Kyrgyz capital": the capital of the country the adjective names
_CAPITAL = re.compile(r"\bin\sthe\s(?P<adjective>[A-Z][a-z]+)\scapital\b")
_IN_PERSON = frozenset(("meeting", "press conference"))
# A next sentence longer than this is no sentence of this kind: one bounded look an event.
_NEXT_LENGTH = 400


def place_told_after(report: Report, drafted: list[DraftEvent]) -> None:
    """Place each meeting held that nothing places (or only the dateline) in the city the
    sentence right after it opens by naming ("The consultations took place in Riga.")."""
    spans = report.sentences.spans
    for event in drafted:
        unplaced = event.place is None or "dateline" in event.unsure.get("place", "")
        if not unplaced or event.kind not in _IN_PERSON or event.status != "held":
            continue
        if event.participants is None or AT_A_DISTANCE.search(event.quote):
            continue
        index = report.sentences.index(event.told_at) + 1
        if index >= len(spans) or spans[index][1] - spans[index][0] > _NEXT_LENGTH:
            continue
        found = _TOLD_AGAIN.match(report.text, spans[index][0])
        city = city_named(found.group("place")) if found is not None else None
        if found is None or city is None:
            continue
        start = report.text.find(event.quote, event.told_at)
        end = found.start("place") + len(city)
        if start < 0 or end - start > WIDEST:
            continue
        event.quote = report.cut(Span(start, end))
        event.place = city
        event.unsure["place"] = f"the sentence after it says it took place in {city}: confirm"


def place_by_capital(report: Report, drafted: list[DraftEvent], dateline: str | None) -> None:
    """Place an event that nothing places, whose clause says it was held "in the Kyrgyz
    capital", in the dateline's city when that is the capital's country's; listed, and its
    quote widened back to the dateline's mention when that is near, else the city only named."""
    country = host_country(dateline) if dateline is not None else None
    if dateline is None or country is None:
        return
    mention = re.compile(r"(?<!\w)" + re.escape(dateline) + r"(?!\w)", re.IGNORECASE)
    for event in drafted:
        if event.place is not None or AT_A_DISTANCE.search(event.quote):
            continue
        found = _CAPITAL.search(event.quote)
        if found is None or AFFILIATIONS.get(found.group("adjective")) != country:
            continue
        start = report.text.find(event.quote, event.told_at)
        window = (max(0, start + len(event.quote) - WIDEST), max(0, start))
        at = [m.start() for m in mention.finditer(report.text, *window)]
        why = f"'{found.group(0)}', and the report is filed from {dateline}"
        if start < 0 or not at:
            event.unsure["place"] = f"probably {dateline} ({why}), which its quote does not name"
            continue
        event.quote = report.cut(Span(at[-1], start + len(event.quote)))
        event.place = dateline
        event.unsure["place"] = f"{why}: confirm"
