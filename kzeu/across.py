"""Views across several meetings: each meeting's rows under its key, in date order.

With more than one meeting every row carries a ``meeting`` key, first in every format (see
``kzeu.meetings`` for the key and the order). Each meeting's rows are the rows of its own view
(``kzeu.views``): figures are derived per meeting, never across meetings. ``people`` is the one
view that merges: a person named in several meetings (the same id, or the same name in any
case and with or without accents) is one row listing their meetings and titles over time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from kzeu.models import Person, Statistic
from kzeu.render import Bar, Cell, Chart, Column, Listing, Row, shortened
from kzeu.views.common import NothingMatches, caption, heading, meeting_event
from kzeu.views.trade import ALL_FIGURES, FigureFilter, quantity
from kzeu.views.trade import trade as meeting_trade
from kzeu.views.values import find_id

if TYPE_CHECKING:
    from kzeu.checks import CheckResult
    from kzeu.meetings import Meeting, Meetings
    from kzeu.models import FactsFile

MEETING = Column("meeting", "Meeting", no_wrap=True)
DATE = Column("date", "Date", no_wrap=True)

View = Callable[["FactsFile"], Listing]


def _title(meetings: Meetings, what: str) -> str:
    return f"{what} — {meetings.span()}"


def _caption(meetings: Meetings) -> str:
    return f"Sources: {len(meetings):,} reports (kzeu meetings lists them)"


def each(meetings: Meetings, view: View, *, dated: bool = False) -> Listing:
    """Return ``view`` of every meeting, its rows under its ``meeting`` key (and, ``dated``,
    its date), in date order; ``NothingMatches`` if a filter left nothing in any meeting, with
    the values of all of them."""
    done: list[tuple[Meeting, Listing]] = []
    missed: list[NothingMatches] = []
    for meeting in meetings:
        try:
            done.append((meeting, view(meeting.facts)))
        except NothingMatches as error:
            missed.append(error)
    if not done:
        raise _nothing_in_any(missed)
    first = done[0][1]
    extra = (MEETING, DATE) if dated else (MEETING,)
    rows: list[Row] = []
    for meeting, listing in done:
        head: dict[str, Cell] = {"meeting": meeting.key}
        if dated:
            head["date"] = meeting.day
        rows.extend({**head, **row} for row in listing.rows)
    notes = tuple(dict.fromkeys(n for _, listing in done for n in listing.notes))
    return first._replace(
        title=_title(meetings, first.title.partition(" — ")[0]),
        columns=(*extra, *first.columns),
        rows=rows,
        caption=_caption(meetings),
        notes=notes,
        groups=tuple(c.key for c in extra),
    )


def _nothing_in_any(missed: Sequence[NothingMatches]) -> NothingMatches:
    first = missed[0]
    known = sorted({value for error in missed for value in error.known})
    return NothingMatches(first.problem, first.what, known, first.command)


# --- the meetings themselves --------------------------------------------------------------------

MEETINGS_COLUMNS = (
    MEETING,
    DATE,
    Column("name", "Name"),
    Column("place", "Place"),
    Column("participants", "Participants"),
    # The counts give way on a narrow terminal: who met where and when comes first.
    Column("people", "People", justify="right", gives_way=True),
    Column("events", "Events", justify="right", gives_way=True),
    Column("topics", "Topics", justify="right", gives_way=True),
    Column("statistics", "Figures", justify="right", gives_way=True),
    Column("file", "File", gives_way=True),
)


def meetings(listed: Meetings) -> Listing:
    """List the meetings read: key, date, name, place, participants, counts of facts, file."""
    rows: list[Row] = []
    for meeting in listed:
        facts = meeting.facts
        event = meeting_event(facts)
        names = {p.id: p.name for p in facts.people}
        rows.append(
            {
                "meeting": meeting.key,
                "date": meeting.day,
                "name": event.name,
                "place": event.place,
                "participants": tuple(names[i] for i in event.participants),
                "people": len(facts.people),
                "events": len(facts.events),
                "topics": len(facts.topics),
                "statistics": len(facts.statistics),
                "file": meeting.file,
            }
        )
    return Listing(_title(listed, "Meetings"), MEETINGS_COLUMNS, rows)


# --- people, merged across meetings -------------------------------------------------------------

PEOPLE_COLUMNS = (
    # The titles say each meeting's date: the keys come after the name, and give way first.
    Column("meeting", "Meetings", gives_way=True),
    Column("id", "ID", no_wrap=True, gives_way=True),
    Column("name", "Name"),
    Column("titles", table=False),
    Column("titles_over_time", "Titles", data=False),
    Column("affiliation", "Affiliation"),
    Column("history", table=False),
)


class _Someone:
    """A person as several meetings name them: each meeting's key and record, in date order."""

    __slots__ = ("seen",)

    def __init__(self) -> None:
        self.seen: list[tuple[Meeting, Person]] = []

    @property
    def latest(self) -> Person:
        return self.seen[-1][1]

    def titles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t for _, p in self.seen for t in p.titles))

    def affiliations(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.affiliation for _, p in self.seen))


def _name_key(name: str) -> str:
    from kzeu.search import fold

    return " ".join(fold(name).split())


def _merged(listed: Meetings) -> list[_Someone]:
    """Return everyone named in ``listed``, a person in several meetings once: matched by id
    first, then by name folded (case, accents, spaces); never two people of one meeting."""
    everyone: list[_Someone] = []
    by_id: dict[str, _Someone] = {}
    by_name: dict[str, _Someone] = {}
    for meeting in listed:
        for person in meeting.facts.people:
            name = _name_key(person.name)
            someone = by_id.get(person.id) or by_name.get(name)
            if someone is None or someone.seen[-1][0] is meeting:
                someone = _Someone()
                everyone.append(someone)
            someone.seen.append((meeting, person))
            by_id.setdefault(person.id, someone)
            by_name.setdefault(name, someone)
    return everyone


def people(listed: Meetings, *, affiliation: str | None = None) -> Listing:
    """List everyone named, one row a person across meetings: their meetings, their titles
    over time (each with the meeting's date), their latest affiliation; ``affiliation`` keeps
    those who had a matching one in any meeting."""
    everyone = _merged(listed)
    if affiliation is not None:
        from kzeu.search import Query

        wanted = Query(affiliation)
        chosen = [s for s in everyone if wanted and wanted.matches(*s.affiliations())]
        if not chosen:
            raise NothingMatches(
                f"no person has the affiliation {affiliation!r}",
                "affiliations",
                sorted({a for s in everyone for a in s.affiliations()}),
                "kzeu people",
            )
        everyone = chosen
    rows: list[Row] = [
        {
            "meeting": tuple(m.key for m, _ in s.seen),
            "id": s.seen[0][1].id,
            "name": s.seen[0][1].name,
            "titles": s.titles(),
            "titles_over_time": tuple(
                f"{m.day or m.key}: {', '.join(p.titles)}" for m, p in s.seen
            ),
            "affiliation": s.latest.affiliation,
            "history": [
                {
                    "meeting": m.key,
                    "date": m.day,
                    "id": p.id,
                    "name": p.name,
                    "titles": p.titles,
                    "affiliation": p.affiliation,
                    "role": p.role,
                    "quote": p.quote,
                }
                for m, p in s.seen
            ],
        }
        for s in everyone
    ]
    return Listing(_title(listed, "People"), PEOPLE_COLUMNS, rows, _caption(listed))


# --- trade: each report's figures over time -----------------------------------------------------


def trade(listed: Meetings, *, derived: bool = True, only: FigureFilter = ALL_FIGURES) -> Listing:
    """List each meeting's figures, stated and (``derived``) derived from its own, with the
    meeting's date: a time series of what each report said, each figure with its quote."""

    def one(facts: FactsFile) -> Listing:
        return meeting_trade(facts, derived=derived, only=only)

    return each(listed, one, dated=True)


# The power of ten of each scale word, to draw figures stated in different scales in proportion.
_POWER: dict[str | None, int] = {None: 0, "thousand": 3, "million": 6, "billion": 9, "trillion": 12}


def _bar(label: str, stat: Statistic, series: str = "") -> Bar:
    value = stat.value or Decimal(0)
    shown = quantity(value, stat, stat.qualifier)
    return Bar(label, value.scaleb(_POWER[stat.scale]), shown, series)


def _measure(stat: Statistic) -> tuple[str, str, str, str]:
    """Return what a figure measures: its flow (else its label, in any case), kind, currency
    and unit. One series over time holds figures of one measure only."""
    what = stat.flow or " ".join(stat.label.casefold().split())
    return (what, stat.kind, stat.currency or "", stat.unit or "")


def _series(drawn: list[tuple[Meeting, Statistic]]) -> tuple[Bar, ...]:
    """Return the bars of ``drawn`` as series, one a measure (in the order they first come),
    each headed by its label and each bar labelled with its meeting's date (or key)."""
    series: dict[tuple[str, str, str, str], list[tuple[Meeting, Statistic]]] = {}
    for meeting, stat in drawn:
        series.setdefault(_measure(stat), []).append((meeting, stat))
    bars: list[Bar] = []
    for members in series.values():
        labels = list(dict.fromkeys(s.label for _, s in members))
        flow = members[0][1].flow
        heading = labels[0] if len(labels) == 1 or flow is None else flow.capitalize()
        bars.extend(_bar(m.day or m.key, s, heading) for m, s in members)
    return tuple(bars)


class NotComparable(ValueError):
    """Figures that cannot be drawn on one axis: in different currencies or units."""


def trade_chart(listed: Meetings, *, only: FigureFilter = ALL_FIGURES) -> Chart:
    """Return a chart of figures over time: those the filters keep (none given: each
    meeting's turnover, exports and imports), each bar labelled with its meeting's date (or
    key) when there are several meetings. ``NotComparable`` if they are in different
    currencies or units."""
    from kzeu.derive import trade_parts

    drawn: list[tuple[Meeting, Statistic]] = []
    for meeting in listed:
        if only.given():
            stats = [s for s in meeting.facts.statistics if only.keeps(s)]
        else:
            parts = trade_parts(meeting.facts)
            stats = [s for p in parts for s in (p.turnover, p.exports, p.imports)]
        drawn.extend((meeting, s) for s in stats if s.value is not None)
    measures = sorted({f"{s.currency or ''} {s.unit or ''}".strip() or "numbers" for _, s in drawn})
    if len(measures) > 1:
        raise NotComparable(
            f"the figures to chart are in {', '.join(measures)}: keep one with --currency"
            " or --label"
        )
    if listed.many:
        bars = _series(drawn)
        title, source_line = _title(listed, "Trade"), _caption(listed)
    else:
        bars = tuple(_bar(s.label, s) for _, s in drawn)
        title = heading(listed.items[0].facts, "Trade")
        source_line = caption(listed.items[0].facts)
    return Chart(title, bars, source_line, "nothing to chart: no figure matches the filters")


# --- the reports, and a citation ----------------------------------------------------------------

SOURCE_COLUMNS = (
    MEETING,
    Column("published", "Published", no_wrap=True),
    Column("dateline", "Dateline"),
    Column("attribution", "Attribution"),
    Column("outlet", table=False),
    Column("title", "Title"),
    Column("url", table=False),
    Column("text", table=False),
)


def source(listed: Meetings) -> Listing:
    """List the reports, one row a meeting (``text``: the whole report, in the data formats)."""
    rows: list[Row] = []
    for meeting in listed:
        src = meeting.facts.source
        rows.append(
            {
                "meeting": meeting.key,
                "published": src.published.isoformat() if src.published else None,
                "dateline": src.dateline,
                "attribution": src.attribution,
                "outlet": src.outlet,
                "title": src.title,
                "url": src.url,
                "text": src.text,
            }
        )
    return Listing(_title(listed, "Source reports"), SOURCE_COLUMNS, rows, _caption(listed))


def checks(results: Sequence[tuple[str, Sequence[CheckResult]]]) -> Listing:
    """Return ``kzeu check``'s rows for several facts files, each under its ``file``."""
    from kzeu.checks import as_listing

    listings = [(path, as_listing(path, list(done))) for path, done in results]
    first = listings[0][1]
    failed = sum(r.status == "fail" for _, done in results for r in done)
    files = sum(any(r.status == "fail" for r in done) for _, done in results)
    verdict = f"{failed} check(s) failed in {files} file(s)" if failed else "all checks passed"
    return first._replace(
        title=f"Check: {len(results):,} files",
        columns=(Column("file", "File"), *first.columns),
        groups=("file",),
        rows=[{"file": path, **row} for path, listing in listings for row in listing.rows],
        caption=verdict,
    )


class NoSuchFact(ValueError):
    """``cite`` was given an id that names no fact, or one that several meetings hold."""


SEPARATOR = "/"


def cite(listed: Meetings, typed: str) -> Listing:
    """Return the citation of ``MEETING/ID`` (or of a bare id that one meeting alone holds),
    with its meeting first; ``NoSuchFact`` naming the candidates (a bare id found in several
    meetings), the meetings (an unknown key) or the ids meant."""
    key, slash, fact_id = typed.partition(SEPARATOR)
    if slash:
        meeting = listed.by_key(key)
        if meeting is None:
            known = ", ".join(shortened([m.key for m in listed], "kzeu meetings"))
            raise NoSuchFact(f"no meeting has the key {key!r}; meetings: {known}")
        found = [meeting]
    else:
        fact_id = typed
        found = [m for m in listed if _holds(m, fact_id)]
    if len(found) > 1:
        candidates = ", ".join(f"{m.key}{SEPARATOR}{_id_in(m, fact_id)}" for m in found)
        raise NoSuchFact(
            f"the id {fact_id!r} is in {len(found)} meetings: {candidates}; cite one as MEETING/ID"
        )
    from kzeu.views.cite import cite as cite_one
    from kzeu.views.values import ids_meant

    listing = cite_one(found[0].facts, fact_id) if found else None
    if listing is None:
        near = ((m, ids_meant(m.facts, fact_id)) for m in (found or listed))
        meant = [f"{m.key}{SEPARATOR}{i}" for m, ids in near for i in ids][:5]
        hint = f"; did you mean: {', '.join(meant)}?" if meant else "; see kzeu search TEXT"
        raise NoSuchFact(f"no fact has the id {typed!r}{hint}")
    meeting = found[0]
    head: Row = {"field": "meeting", "value": meeting.key, "shown": meeting.key}
    return listing._replace(
        title=f"Cite: {meeting.key}{SEPARATOR}{listing.title.removeprefix('Cite: ')}",
        rows=[head, *listing.rows],
    )


def _holds(meeting: Meeting, fact_id: str) -> bool:
    return find_id(meeting.facts, fact_id) is not None or (fact_id.strip().casefold() == "source")


def _id_in(meeting: Meeting, fact_id: str) -> str:
    return find_id(meeting.facts, fact_id) or fact_id.strip()
