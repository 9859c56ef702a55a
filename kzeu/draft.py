"""``kzeu draft``: a first facts file proposed from a plain-text news report.

Every fact it proposes quotes a span cut from the text itself, so a draft always passes the
quote check. What only a reader can supply (a label, the topics, an affiliation, a status the
text leaves open) is given a placeholder or a best guess, and its path is listed in the file's
``draft``: ``kzeu check`` fails until a person has filled in or confirmed each one and removed
it from the list. Nothing here knows about any one meeting: it reads patterns of English news
prose (titles before names, "$1.5 billion", "according to ...", "... Summit in Geneva").
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, NamedTuple

TO_FILL = "(to fill in)"

_DATE = re.compile(r"\A\s*date (\d{4}-\d{2}-\d{2})\b")
# Long enough for any real name, title or phrase; a longer match is noise (or hostile text) and
# would not fit a facts file's fields.
LONGEST = 200
_DATELINE = re.compile(r"([A-Z][A-Z.'’ -]{0,40}[A-Z])\s*[–—-]\s")
_ATTRIBUTION = re.compile(r"according to ((?:the )?[^\s.,;:()][^.,;:()\n]{0,199})")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")

_SCALES = {
    "thousand": "thousand",
    "k": "thousand",
    "million": "million",
    "mln": "million",
    "mn": "million",
    "m": "million",
    "billion": "billion",
    "bln": "billion",
    "bn": "billion",
    "trillion": "trillion",
    "tn": "trillion",
}
_SCALE = r"(?:\s?(?P<scale>thousand|million|billion|trillion|mln|bln|bn|mn|tn|m|k)\b)?"
_NUMBER = r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₸": "KZT"}
_MONEY = re.compile(
    r"(?:(?P<symbol>[$€£¥₸])\s?|(?P<code>USD|EUR|GBP|KZT|CNY|RUB)\s)" + _NUMBER + _SCALE
)
_PERCENT = re.compile(r"(?P<sign>[+−-])?" + _NUMBER + r"\s?(?:%|per ?cent\b|percent\b)")
_QUALIFIERS = r"more than|over|nearly|almost|about|around|some|at least|up to|fewer than|less than"
_COUNT = re.compile(
    r"(?P<qualifier>\b(?i:" + _QUALIFIERS + r")\s)?\b"
    r"(?P<number>\d{1,3}(?:,\d{3})+|\d+)\s(?P<noun>(?:[A-Z][a-z]+\s)?[a-z]{3,})\b"
)
_FALLING = re.compile(
    r"\b(fell|fall|falling|declined?|declines|declining|decreased?|dropped|down|lower|shrank)\b",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    r"\b[Ff]rom (\d{4} (?:through|to|until) [^,.;]*?\d{4})\b"
    r"|\b(?:in|during|for) ((?:the (?:first|second|third|last) (?:\w+ )?"
    r"(?:months|half|quarter) of )?\d{4})\b"
)

_TITLE_WORDS = (
    r"(?:Deputy |Vice |First |Acting )?"
    r"(?:Prime Minister|Foreign Minister|Minister(?: of| for) [A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+)*"
    r"|Minister|President|Vice-President(?: of the [A-Z][a-z]+(?: [A-Z][a-z]+)*)?"
    r"|High Representative(?: for [A-Z][a-z]+(?: (?:and )?(?!Vice)[A-Z][a-z]+)*)?"
    r"|Commissioner(?: for [A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+)*)?"
    r"|Ambassador|Secretary-General|Secretary of State|Secretary|Chancellor|Director-General"
    r"|Governor|Mayor|Speaker|Chairman|Chairwoman|Chair)"
)
_NAME_WORD = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?"
_PERSON = re.compile(
    r"(?P<titles>" + _TITLE_WORDS + r"(?: and " + _TITLE_WORDS + r")*)"
    r" (?P<name>" + _NAME_WORD + r"(?: " + _NAME_WORD + r"){1,2})"
)
_TITLE_SPLIT = re.compile(r" and (?=" + _TITLE_WORDS + r")")
_EVENT = re.compile(
    r"(?P<name>(?:[A-Z][\w'’]*(?:\s?[–—-]\s?|\s)(?:(?:and|of|for|on|the)\s)?)+?"
    r"(?:Summit|Meeting|Conference|Forum|Council|Congress|Dialogue|Talks))"
    r"(?P<between>\s(?:(?:recently |to be |was |will be )?held |taking place |scheduled )?)in\s"
    r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)
_TIMING = re.compile(
    r"\b(next week|next month|next year|last week|last month|this week|this month|tomorrow"
    r"|yesterday|today|recently held|recently|upcoming|earlier this \w+|later this \w+)\b"
)
_FUTURE = ("next", "upcoming", "tomorrow", "later", "will")
_MET = re.compile(r"\bmet\b")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ON_DATE = re.compile(r"\bon (" + "|".join(MONTHS) + r") (\d{1,2})\b")
_AFTER_MONTH = re.compile(r"(?:" + "|".join(MONTHS) + r"|of|on) $")
_CLAUSE_MARKS = ",;:()"
_IN_PLACE = re.compile(r"\bin ([A-Z][a-z]+(?: [A-Z][a-z]+)?)")
_PURPOSE = re.compile(r"\bto discuss [^.;\n]{1,200}")


class DraftError(Exception):
    """The report cannot be drafted: the message says why and what to do."""


class Span(NamedTuple):
    """A span of the report: where it starts and ends."""

    start: int
    end: int


def slug(text: str) -> str:
    """Return an id for ``text``: "Zoë Brandt" -> "zoe-brandt", accents removed."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "fact"


def read_report(path: str) -> str:
    """Return the text of the report at ``path`` ("-" for standard input), checked as a facts
    file is: a regular file under the size cap, UTF-8, not blank. Raise ``FactsError``."""
    import sys
    from pathlib import Path

    from kzeu.facts import MAX_BYTES, FactsError, check_utf8, read_regular_file

    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise FactsError("<stdin>", f"is larger than {MAX_BYTES:,} bytes")
        if not data.strip():
            raise FactsError("<stdin>", "is empty")
        check_utf8(Path("<stdin>"), data)
    else:
        data = read_regular_file(Path(path))
        check_utf8(Path(path), data)
    return data.decode("utf-8").removeprefix("\ufeff")


def draft(text: str, *, date: dt.date | None = None) -> dict[str, Any]:
    """Return a draft facts file (as JSON data) for the report ``text``."""
    if not text.strip():
        raise DraftError("the report is empty")
    drafting = _Drafter(text, date)
    return drafting.facts_file()


class _Drafter:
    def __init__(self, text: str, date: dt.date | None) -> None:
        self.text = text
        self.draft: list[str] = []
        self.ids: set[str] = set()
        self.source = self._source(date)
        self.people = self._people()
        self.statistics = self._statistics()
        self.events = self._events()

    def facts_file(self) -> dict[str, Any]:
        self.draft.append("topics")
        return {
            "format_version": 1,
            "source": {**self.source, "text": self.text},
            "meeting": self.events[0]["id"],
            "people": self.people,
            "events": self.events,
            "topics": [],
            "statistics": self.statistics,
            "draft": self.draft,
        }

    def _id(self, wanted: str) -> str:
        candidate, n = wanted, 2
        while candidate in self.ids:
            candidate, n = f"{wanted}-{n}", n + 1
        self.ids.add(candidate)
        return candidate

    def _cut(self, span: Span) -> str:
        return self.text[span.start : span.end]

    # --- the source ------------------------------------------------------------------------

    def _source(self, date: dt.date | None) -> dict[str, Any]:
        stated = _DATE.match(self.text)
        if stated is None and date is None:
            raise DraftError("the report has no leading 'date YYYY-MM-DD': give --date YYYY-MM-DD")
        source: dict[str, Any] = {"published": None}
        if stated is not None:
            source["published"] = stated.group(1)
            source["published_quote"] = stated.group(0).strip()
            self.body = stated.end()
        else:
            self.body = 0
        if date is not None:
            source["published"] = date.isoformat()
            if stated is not None and stated.group(1) != date.isoformat():
                source["published_quote"] = None
        first_line_end = self.text.find("\n", self.body)
        first_line = self.text[self.body : first_line_end if first_line_end >= 0 else None]
        dateline = _DATELINE.match(first_line.lstrip())
        if dateline is not None:
            offset = self.body + len(first_line) - len(first_line.lstrip())
            source["dateline"] = dateline.group(1).title()
            source["dateline_quote"] = self.text[offset : offset + dateline.end()].rstrip()
            self.body = offset + dateline.end()
        attribution = _ATTRIBUTION.search(self.text)
        if attribution is not None:
            source["attribution"] = attribution.group(1).strip()
            source["attribution_quote"] = attribution.group(0).strip()
        return source

    # --- people -----------------------------------------------------------------------------

    def _people(self) -> list[dict[str, Any]]:
        people: list[dict[str, Any]] = []
        names: set[str] = set()
        for match in _PERSON.finditer(self.text):
            name = match.group("name")
            if name in names or len(match.group(0)) > LONGEST:
                continue
            names.add(name)
            index = len(people)
            titles = _TITLE_SPLIT.split(match.group("titles"))
            people.append(
                {
                    "id": self._id(slug(name)),
                    "name": name,
                    "titles": titles,
                    "affiliation": TO_FILL,
                    "role": TO_FILL,
                    "quote": match.group(0),
                }
            )
            self.draft.extend((f"people[{index}].affiliation", f"people[{index}].role"))
        return people

    # --- statistics -------------------------------------------------------------------------

    def _statistics(self) -> list[dict[str, Any]]:
        found: list[tuple[int, dict[str, Any]]] = []
        taken: list[Span] = []
        for match in _MONEY.finditer(self.text):
            taken.append(Span(match.start(), match.end()))
            if _representable(match):
                found.append((match.start(), self._money(match)))
        for match in _PERCENT.finditer(self.text):
            if not _overlaps(Span(match.start(), match.end()), taken):
                taken.append(Span(match.start(), match.end()))
                if _representable(match):
                    found.append((match.start(), self._percent(match)))
        for match in _COUNT.finditer(self.text):
            number = Span(match.start("number"), match.end("number"))
            if not _overlaps(number, taken) and self._is_count(match):
                taken.append(Span(match.start(), match.end()))
                if _representable(match):
                    found.append((match.start(), self._count(match)))
        found.sort(key=lambda item: item[0])
        self._link_trade(found)
        stats = [stat for _, stat in found]
        for index, stat in enumerate(stats):
            if stat["label"] == TO_FILL:
                self.draft.append(f"statistics[{index}].label")
        return stats

    def _is_count(self, match: re.Match[str]) -> bool:
        """Whether a bare number counts something: not a year, not a day of a month."""
        number = match.group("number")
        year_like = len(number) == 4 and number[:2] in ("19", "20")
        before = self.text[max(0, match.start("number") - 10) : match.start("number")]
        return not year_like and _AFTER_MONTH.search(before) is None

    def _last_mark(self, low: int, high: int) -> int:
        """Return where a clause starts: just after the last clause mark in [low, high)."""
        marks = [self.text.rfind(m, low, high) for m in _CLAUSE_MARKS]
        return max(marks) + 1 if max(marks) >= 0 else low

    def _first_mark(self, low: int, high: int) -> int:
        """Return where a clause ends: at the first clause mark in [low, high)."""
        marks = [i for i in (self.text.find(m, low, high) for m in _CLAUSE_MARKS) if i >= 0]
        return min(marks) if marks else high

    def _clause(self, start: int, end: int) -> Span:
        """Return the shortest clause around text[start:end] that states it."""
        sentence = _sentence_of(self.text, start, end)
        clause = Span(self._last_mark(sentence.start, start), self._first_mark(end, sentence.end))
        inside = self._cut(clause)
        if len(_MONEY.findall(inside)) + len(_PERCENT.findall(inside)) > 1:
            # Two figures in one clause: cut it at the "and" nearest this one.
            before = self.text.rfind(" and ", clause.start, start)
            after = self.text.find(" and ", end, clause.end)
            clause = Span(
                before + len(" and ") if before >= 0 else clause.start,
                after if after >= 0 else clause.end,
            )
        if (
            len(self._cut(clause).strip(" .()")) <= end - start + 1
            and clause.start > sentence.start
        ):
            # A figure alone, as in "(+3.2%)": read it with the clause before it.
            opening = clause.start - 1
            clause = Span(self._last_mark(sentence.start, opening), clause.end)
            if self.text[opening] == "(":
                closing = self.text.find(")", end, sentence.end)
                clause = Span(clause.start, closing + 1 if closing >= 0 else clause.end)
        clause = _trimmed(self.text, clause)
        if clause.end - clause.start > LONGEST * 5:
            # A run-on "clause": quote the figure with a few words either side.
            clause = _trimmed(
                self.text, Span(max(clause.start, start - 100), min(clause.end, end + 100))
            )
        return clause

    def _with_period(self, clause: Span) -> tuple[Span, str | None]:
        sentence = _sentence_of(self.text, clause.start, clause.end)
        match = _PERIOD.search(self.text, sentence.start, sentence.end)
        if match is None:
            return clause, None
        period = match.group(1) or match.group(2)
        return _trimmed(
            self.text, Span(min(clause.start, match.start()), max(clause.end, match.end()))
        ), period

    def _money(self, match: re.Match[str]) -> dict[str, Any]:
        clause, period = self._with_period(self._clause(match.start(), match.end()))
        words = self._cut(clause).casefold()
        flow = next((f for f in ("turnover", "export", "import") if f in words), None)
        label = {"turnover": "Trade turnover", "export": "Exports", "import": "Imports"}
        currency = _SYMBOLS.get(match.group("symbol") or "", match.group("code"))
        scale = match.group("scale")
        return {
            "id": self._id(slug(label[flow]) if flow else "amount"),
            "label": label[flow] if flow else TO_FILL,
            "kind": "amount",
            "value": _decimal(match.group("number")),
            "figure": match.group(0),
            "currency": currency,
            "scale": _SCALES[scale.lower()] if scale else None,
            "period": period,
            "flow": {"export": "exports", "import": "imports"}.get(flow or "", flow),
            "quote": self._cut(clause),
        }

    def _percent(self, match: re.Match[str]) -> dict[str, Any]:
        clause = self._clause(match.start(), match.end())
        sign = match.group("sign")
        falling = sign in ("-", "−") or (sign is None and _FALLING.search(self._cut(clause)))
        return {
            "id": self._id("change"),
            "label": TO_FILL,
            "kind": "change",
            "value": _decimal(match.group("number"), negative=bool(falling)),
            "figure": match.group(0),
            "unit": "percent",
            "quote": self._cut(clause),
        }

    def _count(self, match: re.Match[str]) -> dict[str, Any]:
        clause = self._clause(match.start(), match.end())
        qualifier = match.group("qualifier")
        noun = match.group("noun").split()[-1]
        return {
            "id": self._id(slug(noun)),
            "label": TO_FILL,
            "kind": "count",
            "value": _decimal(match.group("number")),
            "figure": match.group(0).split(" " + match.group("noun"))[0].strip(),
            "unit": noun,
            "qualifier": qualifier.strip().lower() if qualifier else None,
            "quote": self._cut(clause),
        }

    def _link_trade(self, found: list[tuple[int, dict[str, Any]]]) -> None:
        """Tie exports and imports to the turnover they share a currency and scale with, and
        each per-cent change to the nearest amount of its sentence (``found`` holds each
        statistic with where its figure starts)."""
        stats = [stat for _, stat in found]
        turnover = next((s for s in stats if s.get("flow") == "turnover"), None)
        for stat in stats:
            if (
                turnover is not None
                and stat.get("flow") in ("exports", "imports")
                and (stat["currency"], stat["scale"]) == (turnover["currency"], turnover["scale"])
            ):
                stat["of"] = turnover["id"]
        sentences = [_sentence_of(self.text, at, at).start for at, _ in found]
        for (at, change), sentence in zip(found, sentences, strict=True):
            if change["kind"] != "change":
                continue
            amounts = [
                (abs(where - at), amount)
                for (where, amount), other in zip(found, sentences, strict=True)
                if amount["kind"] == "amount" and other == sentence
            ]
            if amounts:
                amount = min(amounts, key=lambda item: item[0])[1]
                change["of"] = amount["id"]
                if amount["label"] != TO_FILL:
                    change["label"] = f"Change in {amount['label'].lower()}"

    # --- events -----------------------------------------------------------------------------

    def _events(self) -> list[dict[str, Any]]:
        events = list(self._meetings())
        for match in _EVENT.finditer(self.text):
            name = re.sub(r"^(?:The|A|An|In|At|On)\s", "", match.group("name").strip())
            if len(name) > LONGEST:
                continue
            sentence = _sentence_of(self.text, match.start(), match.end())
            start, end = match.start("name"), match.end()
            timing = _TIMING.search(self.text, start, min(sentence.end, end + 40))
            if timing is None:
                timing = _TIMING.search(self.text, max(sentence.start, start - 30), start)
            if timing is not None:
                start, end = min(start, timing.start()), max(end, timing.end())
            index = len(events)
            events.append(
                {
                    "id": self._id(slug(name)),
                    "name": name,
                    "kind": _kind_of(name),
                    "place": match.group("place"),
                    "timing": timing.group(1) if timing else None,
                    "status": self._status(timing.group(1) if timing else None),
                    "quote": self.text[start:end],
                }
            )
            if timing is None:
                self.draft.append(f"events[{index}].status")
        return events

    def _status(self, timing: str | None) -> str:
        if timing is not None and any(word in timing for word in _FUTURE):
            return "upcoming"
        return "held"

    def _meetings(self) -> Iterator[dict[str, Any]]:
        published = dt.date.fromisoformat(self.source["published"])
        sentences = [Span(m.start(), m.end()) for m in _SENTENCE.finditer(self.text, self.body)]
        met = [s for s in sentences if _MET.search(self._cut(s)) and s.end - s.start < 2000]
        if not met:
            first = next(
                (s for s in sentences if self._cut(_trimmed(self.text, s))),
                Span(0, len(self.text)),
            )
            opening = _trimmed(self.text, first)
            if opening.start == opening.end:  # no words at all: quote what there is
                opening = Span(len(self.text) - len(self.text.lstrip()), len(self.text.rstrip()))
            opening = Span(opening.start, min(opening.end, opening.start + LONGEST))
            yield {
                "id": self._id("meeting"),
                "name": TO_FILL,
                "kind": "meeting",
                "status": "held",
                "quote": self._cut(opening),
            }
            self.draft.extend(("events[0].name", "events[0].status"))
            return
        for index, found in enumerate(met):
            said = self._cut(_trimmed(self.text, found)).rstrip(".")
            event: dict[str, Any] = {
                "id": self._id("meeting" if index == 0 else f"meeting-{index + 1}"),
                "name": TO_FILL,
                "kind": "meeting",
                "status": "held",
                "participants": [p["id"] for p in self.people if _mentions(said, p["name"])],
                "quote": said,
            }
            on_date = _ON_DATE.search(said)
            if on_date is not None:
                event["timing"] = on_date.group(0)
                month = MONTHS.index(on_date.group(1)) + 1
                event["date"] = dt.date(published.year, month, int(on_date.group(2))).isoformat()
                self.draft.append(f"events[{index}].date")
            place = _IN_PLACE.search(said, on_date.end() if on_date else 0)
            if place is not None:
                event["place"] = place.group(1)
            purpose = _PURPOSE.search(said)
            if purpose is not None:
                event["purpose"] = purpose.group(0).strip()
            self.draft.append(f"events[{index}].name")
            yield event


def _kind_of(name: str) -> str:
    for kind in ("Ministerial Meeting", "Summit", "Conference", "Forum", "Council", "Meeting"):
        if name.endswith(kind):
            return kind.lower()
    return "event"


def _mentions(sentence: str, name: str) -> bool:
    return name in sentence or name.rsplit(maxsplit=1)[-1] in sentence


def _decimal(number: str, *, negative: bool = False) -> Decimal:
    value = Decimal(number.replace(",", ""))
    return -value if negative else value


def _representable(match: re.Match[str]) -> bool:
    """Whether a figure fits a facts file: at most 15 significant digits."""
    return len(_decimal(match.group("number")).as_tuple().digits) <= 15


def _overlaps(span: Span, taken: list[Span]) -> bool:
    return any(span.start < t.end and t.start < span.end for t in taken)


def _sentence_of(text: str, start: int, end: int) -> Span:
    """Return the sentence around text[start:end], without its closing full stop."""
    first = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    stops = [i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0]
    last = max(min(stops) if stops else len(text), end)
    if last > end and text[last - 1] == ".":
        last -= 1
    return Span(first, last)


def _trimmed(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start] in " \t\n,;:":
        start += 1
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    return Span(start, end)
