"""How well ``kzeu draft`` reads the report corpus: figures, people, events, date, dateline.

Run: ``python benchmarks/draft_quality.py [--reports DIR] [--each]``. It drafts every
``NN-slug.txt`` of ``tests/fixtures/reports`` (the development set) and of its ``holdout/``
folder, compares each draft with the hand-written ``NN-slug.truth.json`` beside it, and prints
recall and precision for figures (matched on value, sign and currency or unit), people (on name)
and events (on name), the share of the events matched whose kind, status, place, date and
participants are the truth's (a status the truth leaves open counts as right when the draft
lists it), the share of dates and datelines right, and the number of drafted values that are
wrong without being listed under ``draft``. Topics are scored on the reports whose truth has
``topics`` (the others are skipped, and the count scored is printed): a drafted topic matches a
truth topic when each of its ``keys`` is, case-folded, a whole word or the start of a word of the
drafted label; raised_by is right when its people are the truth's. "Edits per report" is what a
person still changes: each field listed under ``draft`` whose suggestion is wrong or empty (a
placeholder, null), plus each fact of the truth the draft misses (people, figures, events,
topics); a listed field the truth says nothing of (a role, a period, a label) counts as an edit
only when it is empty. Development and holdout figures are printed apart;
``--each`` prints one line per development report (holdout reports are only totalled, so that
no one tunes on them). Standard library and kzeu only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "tests" / "fixtures" / "reports"
POWERS = {None: 0, "thousand": 3, "million": 6, "billion": 9, "trillion": 12}
UNNAMED = ""  # a name kzeu cannot give is left empty


@dataclass
class Score:
    """Counts for one report or a set of them."""

    figures_truth: int = 0
    figures_drafted: int = 0
    figures_matched: int = 0
    people_truth: int = 0
    people_drafted: int = 0
    people_matched: int = 0
    events_truth: int = 0
    events_drafted: int = 0
    events_matched: int = 0
    # of the events matched, how many have the truth's kind, status, place, date, participants
    events_right: dict[str, int] = field(default_factory=dict)
    dates: int = 0
    dates_right: int = 0
    datelines: int = 0
    datelines_right: int = 0
    wrong_unflagged: int = 0
    topics_reports: int = 0  # reports whose truth has topics: the ones topics are scored on
    topics_truth: int = 0
    topics_drafted: int = 0
    topics_matched: int = 0
    raised_by_right: int = 0
    reports: int = 0
    edits: int = 0  # listed fields wrong or empty, and facts missed
    edits_by: dict[str, int] = field(default_factory=dict)  # "people.role", "missed topics"

    def edit(self, what: str, count: int = 1) -> None:
        """Count ``count`` edits of the kind ``what``."""
        self.edits += count
        self.edits_by[what] = self.edits_by.get(what, 0) + count

    wrong: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
            elif isinstance(value, dict):
                mine = getattr(self, name)
                for key, count in value.items():
                    mine[key] = mine.get(key, 0) + count
            else:
                getattr(self, name).extend(value)


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "—"


def magnitude(stat: dict[str, Any]) -> Decimal:
    return (Decimal(str(stat["value"])) * Decimal(10) ** POWERS[stat.get("scale")]).normalize()


def head(unit: str | None) -> str | None:
    """The head noun of a unit, singular and lower case: "British companies" -> "company"."""
    if not unit:
        return unit
    word = unit.split()[-1].lower()
    return word[:-3] + "y" if word.endswith("ies") else word.rstrip("s")


def figure_key(currency: str | None, unit: str | None) -> tuple[str | None, str | None]:
    return (currency, None) if currency else (None, head(unit))


def score_report(text: str, truth: dict[str, Any]) -> Score:
    from kzeu.draft import draft_facts

    drafted = draft_facts(text)
    data = drafted.assemble(text)
    # the file names each flagged fact by id; the scores compare by place in the section
    flagged = set(drafted.paths())
    score = Score(reports=1)
    _score_source(data, truth, flagged, score)
    figures = _score_figures(data, truth, flagged, score)
    _score_people(data, truth, score)
    events = _score_events(data, truth, flagged, score)
    topics = _score_topics(data, truth, score)
    matched = Matched(figures=figures, events=events, topics=topics)
    for path in flagged:
        if not _suggestion_right(path, data, truth, matched):
            score.edit(re.sub(r"\[[0-9]+\]", "", path))
    return score


@dataclass
class Matched:
    """Which truth fact each drafted fact was matched with, by the drafted fact's index."""

    figures: dict[int, dict[str, Any]]
    events: dict[int, dict[str, Any]]
    topics: dict[int, dict[str, Any]]


_PATH = re.compile(r"(?P<section>[a-z]+)\[(?P<index>[0-9]+)\]\.(?P<name>\w+)")
_EMPTY: tuple[object, ...] = (None, "", [], UNNAMED)


def _suggestion_right(
    path: str, data: dict[str, Any], truth: dict[str, Any], matched: Matched
) -> bool:
    """Whether the value the draft proposes for the listed field ``path`` is right, as far as
    the truth tells: the truth's value where it has the field, else any value that is not empty.
    A whole section listed ("topics", "statistics", "meeting") is a confirmation, not an edit:
    what it lacks is counted as missed facts."""
    if path.startswith("source."):
        return _source_right(path.removeprefix("source."), data, truth)
    found = _PATH.fullmatch(path)
    if found is None:
        return True
    section, index, name = found["section"], int(found["index"]), found["name"]
    fact = data[section][index]
    judge = {"people": _person_right, "events": _event_field_right, "topics": _topic_right}
    return judge.get(section, _figure_right)(Listed(data, truth, matched, index, fact, name))


class Listed(NamedTuple):
    """A field listed under ``draft``: the draft, the truth, the matches, and the fact's index,
    data and field name."""

    data: dict[str, Any]
    truth: dict[str, Any]
    matched: Matched
    at: int
    fact: dict[str, Any]
    name: str


def _source_right(name: str, data: dict[str, Any], truth: dict[str, Any]) -> bool:
    mine, right = data["source"].get(name), truth.get(name)
    if mine is None or right is None:
        return mine is right  # none to give, and none given: nothing to type
    if name == "attribution":
        return bool(_credit(mine) == _credit(right))
    return bool(mine == right)


def _person_right(listed: Listed) -> bool:
    _, truth, _, _, fact, name = listed
    person = next((p for p in truth["people"] if p["name"] == fact["name"]), None)
    mine = fact.get(name)
    if person is None or mine in _EMPTY:
        return False
    right = person["affiliation"]  # null when the report does not say: any proposal is wrong
    return name != "affiliation" or (right is not None and str(mine).casefold() == right.casefold())


def _event_field_right(listed: Listed) -> bool:
    data, _, matched, index, fact, name = listed
    event = matched.events.get(index)
    if event is None:
        return False
    names = {p["id"]: p["name"] for p in data["people"]}
    right = _event_right(fact, event, names, {name})
    return right.get(name, fact.get(name) not in _EMPTY)


def _topic_right(listed: Listed) -> bool:
    data, _, matched, index, fact, name = listed
    if "topics" not in listed.truth:
        return True  # a report whose truth has no topics is not scored on them
    topic = matched.topics.get(index)
    if topic is None:
        return False
    return name != "raised_by" or _raised_right(data, fact, topic)


def _figure_right(listed: Listed) -> bool:
    _, _, matched, index, fact, name = listed
    figure = matched.figures.get(index)
    if figure is None:
        return False
    if name in ("flow", "currency"):
        return bool(fact.get(name) == figure[name])
    return fact.get(name) not in _EMPTY


def _raised_right(data: dict[str, Any], topic: dict[str, Any], truth: dict[str, Any]) -> bool:
    names = {p["id"]: p["name"] for p in data["people"]}
    return {names.get(i, i) for i in topic["raised_by"]} == set(truth["raised_by"])


def key_in(key: str, label: str) -> bool:
    """Whether ``key`` is, case-folded, a whole word or the start of a word of ``label``."""
    return re.search(r"(?<![\w])" + re.escape(key.casefold()), label.casefold()) is not None


def _score_topics(
    data: dict[str, Any], truth: dict[str, Any], score: Score
) -> dict[int, dict[str, Any]]:
    """Match the drafted topics with the truth's (each key in the label), one to one in the
    truth's order; count them, the right raised_by and the truth's topics missed as edits."""
    if "topics" not in truth:
        return {}
    score.topics_reports += 1
    score.topics_truth += len(truth["topics"])
    score.topics_drafted += len(data["topics"])
    unused = dict(enumerate(data["topics"]))
    matched: dict[int, dict[str, Any]] = {}
    for topic in truth["topics"]:
        index = next(
            (
                i
                for i, mine in unused.items()
                if all(key_in(k, mine["label"]) for k in topic["keys"])
            ),
            None,
        )
        if index is None:
            score.edit("missed topics")
            continue
        mine = unused.pop(index)
        matched[index] = topic
        score.topics_matched += 1
        score.raised_by_right += _raised_right(data, mine, topic)
    return matched


EVENT_FIELDS = ("kind", "status", "place", "date", "participants")


def _event_right(
    mine: dict[str, Any],
    event: dict[str, Any],
    names: dict[str, str],
    listed: set[str],
    dateline: str | None = None,
) -> dict[str, bool]:
    """Which fields of a matched event are the truth's: a status the truth leaves open (null)
    is right when the draft lists it, and so is a place the truth leaves open when the draft
    proposes the dateline's city and lists it; participants are compared by name, as sets."""
    status = mine["status"] == event["status"] or (event["status"] is None and "status" in listed)
    by_dateline = event["place"] is None and "place" in listed and mine.get("place") == dateline
    drafted = {names.get(i, i) for i in mine.get("participants") or ()}
    return {
        "kind": mine["kind"] == event["kind"],
        "status": status,
        "place": mine.get("place") == event["place"] or by_dateline,
        "date": mine.get("date") == event["date"],
        "participants": drafted == set(event.get("participants") or ()),
    }


def _wrong(score: Score, what: str) -> None:
    score.wrong_unflagged += 1
    score.wrong.append(what)


def _score_source(
    data: dict[str, Any], truth: dict[str, Any], flagged: set[str], score: Score
) -> None:
    source = data["source"]
    score.dates += 1
    if truth["published_year_stated"] or truth["published"] is None:
        right = source["published"] == truth["published"]
        right = right or (truth["published"] is None and "source.published" in flagged)
    else:
        right = (
            "source.published" in flagged
            and source["published"]
            in (
                None,
                truth["published"],
            )
        ) or (
            "source.published" in flagged
            and source["published"] is not None
            and source["published"][5:] == truth["published"][5:]
        )
    score.dates_right += right
    if source["published"] != truth["published"] and "source.published" not in flagged:
        _wrong(score, f"published {source['published']} (truth {truth['published']})")
    score.datelines += 1
    dateline = source.get("dateline")
    score.datelines_right += (dateline or "").casefold() == (truth["dateline"] or "").casefold()
    if dateline and (dateline.casefold() != (truth["dateline"] or "").casefold()):
        _wrong(score, f"dateline {dateline!r} (truth {truth['dateline']!r})")
    credited = source.get("attribution")
    if (
        credited
        and "source.attribution" not in flagged
        and _credit(credited) != _credit(truth["attribution"] or "")
    ):
        _wrong(score, f"attribution {credited!r} (truth {truth['attribution']!r})")


def _credit(name: str) -> str:
    return name.casefold().removeprefix("the ")


def _score_figures(
    data: dict[str, Any], truth: dict[str, Any], flagged: set[str], score: Score
) -> dict[int, dict[str, Any]]:
    drafted = [(i, s) for i, s in enumerate(data["statistics"]) if s.get("value") is not None]
    score.figures_truth += len(truth["figures"])
    score.figures_drafted += len(drafted)
    unused = dict(drafted)
    matched: dict[int, dict[str, Any]] = {}
    by_key: dict[tuple[Decimal, Any], list[int]] = {}
    for i, stat in drafted:
        key = (magnitude(stat), figure_key(stat.get("currency"), stat.get("unit")))
        by_key.setdefault(key, []).append(i)
    for figure in truth["figures"]:
        key = (
            Decimal(figure["magnitude"]).normalize(),
            figure_key(figure["currency"], figure["unit"]),
        )
        found = [i for i in by_key.get(key, []) if i in unused]
        if not found:
            score.edit("missed figures")
            continue
        index = found[0]
        stat = unused.pop(index)
        matched[index] = figure
        score.figures_matched += 1
        path = f"statistics[{index}]"
        if figure["unit"] != "percent" and figure["currency"] is None and stat["kind"] == "amount":
            _wrong(score, f"{stat['figure']}: drafted as money")
        flow_wrong = stat.get("flow") != figure["flow"] and f"{path}.flow" not in flagged
        if flow_wrong and stat["kind"] != "count":
            _wrong(score, f"{stat['figure']}: flow {stat.get('flow')} (truth {figure['flow']})")
        comparison = stat["id"].startswith("comparison")
        if comparison != figure["comparison"] and f"{path}.label" not in flagged:
            _wrong(
                score, f"{stat['figure']}: comparison {comparison} (truth {figure['comparison']})"
            )
    for index, stat in unused.items():
        if f"statistics[{index}].label" not in flagged:
            _wrong(score, f"{stat['figure']}: not a figure of the truth, label unflagged")
    return matched


def _score_people(data: dict[str, Any], truth: dict[str, Any], score: Score) -> None:
    truth_names = {p["name"] for p in truth["people"]}
    drafted = {p["name"] for p in data["people"]}
    score.people_truth += len(truth_names)
    score.people_drafted += len(drafted)
    score.people_matched += len(truth_names & drafted)
    score.edit("missed people", len(truth_names - drafted))


def _score_events(
    data: dict[str, Any], truth: dict[str, Any], flagged: set[str], score: Score
) -> dict[int, dict[str, Any]]:
    drafted = list(enumerate(data["events"]))
    names = {p["id"]: p["name"] for p in data["people"]}
    score.events_truth += len(truth["events"])
    score.events_drafted += len(drafted)
    unused = dict(drafted)
    matched: dict[int, dict[str, Any]] = {}
    for event in truth["events"]:
        name = (event["name"] or "").casefold()
        candidates = [
            index
            for index, mine in unused.items()
            if _same_event(name, mine["name"])
            or (not name and f"events[{index}].name" in flagged and _by_participants(mine))
        ]
        # of several with the name (a recurring event), the one at the same place
        match = next(
            (i for i in candidates if unused[i].get("place") == event["place"]),
            candidates[0] if candidates else None,
        )
        if match is None:
            score.edit("missed events")
            continue
        mine = unused.pop(match)
        matched[match] = event
        score.events_matched += 1
        path = f"events[{match}]"
        listed = {p.removeprefix(f"{path}.") for p in flagged if p.startswith(f"{path}.")}
        right_fields = _event_right(mine, event, names, listed, truth["dateline"])
        for key, right in right_fields.items():
            score.events_right[key] = score.events_right.get(key, 0) + right
        if mine.get("date") and mine["date"] != event["date"] and f"{path}.date" not in flagged:
            _wrong(score, f"event {mine['name']}: date {mine['date']} (truth {event['date']})")
        if mine.get("place") and mine["place"] != event["place"] and f"{path}.place" not in flagged:
            _wrong(score, f"event {mine['name']}: place {mine['place']} (truth {event['place']})")
    return matched


def _by_participants(mine: dict[str, Any]) -> bool:
    """Whether a drafted event is a meeting, call or press conference named after its
    participants' surnames ("Novak–Demir meeting"), as a draft names one that has no name of its
    own: it stands for the truth's unnamed one."""
    kind = mine["kind"]
    return "–" in mine["name"] and mine["name"].endswith(kind) and bool(mine.get("participants"))


def _same_event(name: str, drafted: str) -> bool:
    """Whether a drafted event name is the truth's (one containing the other), or both are
    unnamed."""
    if drafted == UNNAMED or not name:
        return drafted == UNNAMED and not name
    return name in drafted.casefold() or drafted.casefold() in name


def measure(folder: Path, *, each: bool) -> Score:
    total = Score()
    for path in sorted(folder.glob("*.txt")):
        truth = json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))
        text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")
        score = score_report(text, truth)
        total.add(score)
        if each:
            print(
                f"{path.stem[:40]:40} figures {score.figures_matched}/{score.figures_truth}"
                f" of {score.figures_drafted}  people {score.people_matched}/{score.people_truth}"
                f" of {score.people_drafted}  events {score.events_matched}/{score.events_truth}"
                f" of {score.events_drafted}  date {score.dates_right}  dateline"
                f" {score.datelines_right}  wrong {score.wrong_unflagged}"
                f"  topics {score.topics_matched}/{score.topics_truth} of {score.topics_drafted}"
                f"  edits {score.edits}"
            )
            for what in score.wrong:
                print(f"    wrong, not flagged: {what}")
    return total


def summary(name: str, score: Score) -> str:
    return "\n".join(
        (
            f"{name}:",
            f"  figures   recall {ratio(score.figures_matched, score.figures_truth)}"
            f"  precision {ratio(score.figures_matched, score.figures_drafted)}"
            f"  ({score.figures_matched} of {score.figures_truth};"
            f" {score.figures_drafted} drafted)",
            f"  people    recall {ratio(score.people_matched, score.people_truth)}"
            f"  precision {ratio(score.people_matched, score.people_drafted)}"
            f"  ({score.people_matched} of {score.people_truth}; {score.people_drafted} drafted)",
            f"  events    recall {ratio(score.events_matched, score.events_truth)}"
            f"  precision {ratio(score.events_matched, score.events_drafted)}"
            f"  ({score.events_matched} of {score.events_truth}; {score.events_drafted} drafted)",
            "  event     right: "
            + "  ".join(
                f"{key} {ratio(score.events_right.get(key, 0), score.events_matched)}"
                for key in EVENT_FIELDS
            )
            + f"  (of the {score.events_matched} events matched)",
            f"  date      {ratio(score.dates_right, score.dates)} right"
            f" ({score.dates_right} of {score.dates})",
            f"  dateline  {ratio(score.datelines_right, score.datelines)} right"
            f" ({score.datelines_right} of {score.datelines})",
            f"  wrong and not flagged: {score.wrong_unflagged}",
            f"  topics    recall {ratio(score.topics_matched, score.topics_truth)}"
            f"  precision {ratio(score.topics_matched, score.topics_drafted)}"
            f"  ({score.topics_matched} of {score.topics_truth}; {score.topics_drafted} drafted;"
            f" {score.topics_reports} of {score.reports} reports have topics in their truth)",
            f"  raised_by right {ratio(score.raised_by_right, score.topics_matched)}"
            f" (of the {score.topics_matched} topics matched)",
            f"  edits     {score.edits / score.reports if score.reports else 0:.2f} per report"
            f" ({score.edits} in {score.reports} reports: listed fields wrong or empty, and"
            " facts missed)",
            "  edit kinds  "
            + ", ".join(
                f"{what} {n}"
                for what, n in sorted(score.edits_by.items(), key=lambda x: -x[1])
                if n
            ),
        )
    )


def print_misses(misses: Callable[[Path], list[str]], argv: list[str]) -> int:
    """Print, for each development report named in ``argv`` (all of them when none is), its name
    and the lines ``misses`` gives for it, if any (``event_misses.py``, ``topic_misses.py``)."""
    chosen = [REPORTS / name for name in argv] or sorted(REPORTS.glob("*.txt"))
    for path in chosen:
        lines = misses(path)
        if lines:
            print(path.name)
            print("\n".join(lines))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=Path, default=REPORTS)
    parser.add_argument("--each", action="store_true", help="one line per development report")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    print(summary("development", measure(args.reports, each=args.each)))
    holdout = args.reports / "holdout"
    if holdout.is_dir():
        print(summary("holdout", measure(holdout, each=False)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
