"""The shipped facts.json: every fact sourced verbatim from the report, and the report's figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kzeu import load
from kzeu.models import FactsFile
from tests.conftest import ARTICLE, Facts


@pytest.fixture(scope="module")
def facts() -> FactsFile:
    return load()


def test_source_text_is_the_report_byte_for_byte(facts: FactsFile) -> None:
    assert facts.source.text.encode("utf-8") == ARTICLE.read_bytes()


def test_every_quote_is_verbatim_in_the_report(shipped: Facts) -> None:
    article = ARTICLE.read_text(encoding="utf-8")
    quotes = [
        shipped["source"][k] for k in ("published_quote", "dateline_quote", "attribution_quote")
    ]
    for section in ("people", "events", "topics", "statistics"):
        quotes.extend(fact["quote"] for fact in shipped[section])
    assert len(quotes) == 3 + 3 + 4 + 13 + 7
    missing = [q for q in quotes if q not in article]
    assert missing == []


def test_typographic_characters_are_kept(facts: FactsFile) -> None:
    assert facts.source.dateline_quote == "ASTANA \u2013"
    assert facts.source.attribution == "the Foreign Ministry\u2019s press service"
    assert "Central Asia \u2013 EU Ministerial Meeting" in facts.events[2].quote


def test_source_and_meeting(facts: FactsFile) -> None:
    assert facts.source.published == dt.date(2025, 3, 28)
    assert facts.source.dateline == "Astana"
    meeting = facts.by_id()[facts.meeting]
    assert meeting.place == "Almaty"  # type: ignore[union-attr]
    assert meeting.date.isoformat() == "2025-03-28"  # type: ignore[union-attr]
    assert meeting.participants == ("murat-nurtleu", "kaja-kallas")  # type: ignore[union-attr]


def test_people_with_titles_as_the_report_gives_them(facts: FactsFile) -> None:
    people = {p.name: p for p in facts.people}
    assert set(people) == {"Murat Nurtleu", "Kaja Kallas", "Kassym-Jomart Tokayev"}
    assert people["Murat Nurtleu"].titles == ("Deputy Prime Minister", "Foreign Minister")
    assert people["Kaja Kallas"].titles == (
        "High Representative for Foreign Affairs and Security Policy",
        "Vice-President of the European Commission",
    )
    assert people["Kassym-Jomart Tokayev"].titles == ("President",)
    assert people["Kaja Kallas"].affiliation == "European Union"
    assert people["Murat Nurtleu"].affiliation == "Kazakhstan"


def test_events_with_timing_and_status(facts: FactsFile) -> None:
    events = {e.id: e for e in facts.events}
    summit = events["central-asia-eu-summit"]
    assert (summit.place, summit.timing, summit.status) == ("Samarkand", "next week", "upcoming")
    ministerial = events["central-asia-eu-ministerial-meeting"]
    assert (ministerial.place, ministerial.timing, ministerial.status) == (
        "Ashgabat",
        "recently held",
        "held",
    )
    assert events["kallas-tokayev-meeting"].participants == ("kaja-kallas", "kassym-jomart-tokayev")


def test_statistics_are_exact_decimals(facts: FactsFile) -> None:
    stats = {s.id: s for s in facts.statistics}
    assert stats["trade-turnover"].value == Decimal("49.7")
    assert stats["exports"].value == Decimal("38.6")
    assert stats["imports"].value == Decimal("11.1")
    assert stats["trade-turnover-change"].value == Decimal("16.9")
    assert stats["direct-investment-inflow"].value == Decimal("200.7")
    assert stats["direct-investment-inflow"].period == "2005 through the first nine months of 2024"
    assert stats["european-companies"].value == 3000
    assert stats["european-companies"].qualifier == "more than"
    for money in ("trade-turnover", "exports", "imports", "direct-investment-inflow"):
        assert (stats[money].currency, stats[money].scale) == ("USD", "billion")
    # The report gives no period for the trade figures: not stated, never guessed.
    assert [stats[k].period for k in ("trade-turnover", "exports", "imports")] == [None] * 3
    assert stats["leading-partner"].value is None


def test_topics_name_who_raised_them(facts: FactsFile) -> None:
    topics = {t.id: t for t in facts.topics}
    assert topics["eu-visa-regime-agreement"].raised_by == ("murat-nurtleu",)
    assert topics["long-term-cooperation"].raised_by == ("kaja-kallas",)
    assert topics["trade-economic-partnerships"].event == "kallas-tokayev-meeting"
    assert {"transport", "logistics", "green-energy", "climate-change"} <= set(topics)
