"""Several meetings: every view of one meeting run on each, its rows under the meeting's key
(``each``), in date order; ``kzeu meetings``, the meetings themselves; and ``kzeu check``'s rows
for several files. The views that are more than each meeting's rows across several (people
merged, figures over time, the reports, ``cite MEETING/ID``) stand beside their view of one.
Nothing is derived across meetings: figures are each report's own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from kzeu.render import Cell, Column, Listing, Row
from kzeu.views.common import NothingMatches, meeting_event

if TYPE_CHECKING:
    from kzeu.checks import CheckResult
    from kzeu.meetings import Meeting, Meetings
    from kzeu.models import FactsFile

MEETING = Column("meeting", "Meeting", no_wrap=True)
DATE = Column("date", "Date", no_wrap=True)

View = Callable[["FactsFile"], Listing]


def span_title(meetings: Meetings, what: str) -> str:
    """Return a title such as "People — <first date> to <last date>" for several meetings."""
    return f"{what} — {meetings.span()}"


def sources_caption(meetings: Meetings) -> str:
    """Return the caption of a view of several meetings: how many reports it reads."""
    return f"Sources: {len(meetings):,} reports (kzeu meetings lists them)"


def each(meetings: Meetings, view: View, *, dated: bool = False) -> Listing:
    """Return ``view`` of every meeting, its rows under its ``meeting`` key (and, ``dated``,
    its date), in date order; ``NothingMatches`` if a filter left nothing in any meeting, with
    the values of all of them. The columns are those of every meeting's view, in the order
    they first come, a column drawn if one meeting's view draws it."""
    done: list[tuple[Meeting, Listing]] = []
    missed: list[NothingMatches] = []
    for meeting in meetings:
        try:
            done.append((meeting, view(meeting.facts)))
        except NothingMatches as error:
            missed.append(error)
    if not done:
        raise _nothing_in_any(meetings, missed, dated=dated)
    rows: list[Row] = []
    for meeting, listing in done:
        head: dict[str, Cell] = {"meeting": meeting.key}
        if dated:
            head["date"] = meeting.day
        rows.extend({**head, **row} for row in listing.rows)
    return _joined(meetings, [listing for _, listing in done], rows, dated=dated)


def _joined(
    meetings: Meetings, listings: Sequence[Listing], rows: list[Row], *, dated: bool
) -> Listing:
    """Return ``listings`` (one a meeting) as one listing of ``rows``."""
    extra = (MEETING, DATE) if dated else (MEETING,)
    columns: dict[str, Column] = {}
    for listing in listings:
        for column in listing.columns:
            known = columns.get(column.key)
            columns[column.key] = column if known is None or column.table else known
    first = listings[0]
    return first._replace(
        title=span_title(meetings, first.title.partition(" — ")[0]),
        columns=(*extra, *columns.values()),
        rows=rows,
        caption=sources_caption(meetings),
        notes=tuple(dict.fromkeys(n for listing in listings for n in listing.notes)),
        groups=tuple(c.key for c in extra),
    )


def _nothing_in_any(
    meetings: Meetings, missed: Sequence[NothingMatches], *, dated: bool
) -> NothingMatches:
    first = missed[0]
    known = sorted({value for error in missed for value in error.known})
    views = [error.listing for error in missed if error.listing is not None]
    listing = _joined(meetings, views, [], dated=dated) if views else None
    return NothingMatches(first.problem, first.what, known, first.command, listing=listing)


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
    return Listing(span_title(listed, "Meetings"), MEETINGS_COLUMNS, rows)


def checks_across(results: Sequence[tuple[str, Sequence[CheckResult]]]) -> Listing:
    """Return ``kzeu check``'s rows for several facts files, each under its ``file``."""
    from kzeu.checks import as_listing
    from kzeu.render import counted

    listings = [(path, as_listing(path, list(done))) for path, done in results]
    first = listings[0][1]
    failed = sum(r.status == "fail" for _, done in results for r in done)
    files = sum(any(r.status == "fail" for r in done) for _, done in results)
    verdict = (
        f"{counted(failed, 'check')} failed in {counted(files, 'file')}"
        if failed
        else "all checks passed"
    )
    return first._replace(
        title=f"Check: {len(results):,} files",
        columns=(Column("file", "File"), *first.columns),
        groups=("file",),
        rows=[{"file": path, **row} for path, listing in listings for row in listing.rows],
        caption=verdict,
    )
