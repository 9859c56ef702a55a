"""`-f svg` snapshots are capped as table cells are: at most SNAPSHOT_LINES lines are drawn, then
a line saying the picture was cut; below the cap a snapshot is Rich's drawing, unchanged."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from kzeu.render.snapshot import SNAPSHOT_LINES
from tests.conftest import Facts
from tests.helpers import Run, Writer, ok

NOTE = (
    f"… cut here: a snapshot draws at most {SNAPSHOT_LINES:,} lines; -f html or a data format"
    " shows everything"
)


def with_long_people(data: Facts, count: int) -> Facts:
    """Return ``data`` with ``count`` more people, each with a 2,000-character affiliation."""
    first = data["people"][0]
    for n in range(count):
        affiliation = " ".join(f"Affiliation{n}" for _ in range(200))[:2000]
        data["people"].append({**first, "id": f"long-{n}", "affiliation": affiliation})
    return data


def svg_lines(svg: str) -> list[str]:
    """Return the lines of text an SVG snapshot shows (Rich draws one <text> run per piece)."""
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    lines: dict[str, str] = {}
    for text in root.iter(f"{ns}text"):
        clip = text.get("clip-path", "")
        if "line-" in clip:
            lines[clip] = lines.get(clip, "") + "".join(text.itertext()).replace("\xa0", " ")
    return list(lines.values())


def test_a_snapshot_of_a_large_listing_is_cut_with_a_note(
    run: Run, facts_data: Facts, write_facts: Writer
) -> None:
    path = write_facts(with_long_people(facts_data, 60))
    svg = ok(run("--facts", str(path), "people", "-f", "svg"))
    lines = svg_lines(svg)
    assert len(lines) == SNAPSHOT_LINES + 1
    assert lines[-1].strip() == NOTE
    assert lines[0].strip() == "People — Nurtleu–Kallas meeting, Almaty, 2025-03-28"
    assert "Affiliation" in lines[-2]  # cut inside the table
    assert len(svg) < 3_000_000  # uncapped: about 1 KB a line, 60 people drawing 4,000 lines


def test_a_snapshot_below_the_cap_is_whole(
    run: Run, facts_data: Facts, write_facts: Writer
) -> None:
    path = write_facts(with_long_people(facts_data, 2))
    svg = ok(run("--facts", str(path), "people", "-f", "svg"))
    lines = svg_lines(svg)
    assert NOTE not in svg.replace("&#160;", " ")
    assert any(line.startswith("Source:") for line in lines)  # drawn to the caption under it
    table = ok(run("--facts", str(path), "people", "-f", "table"))
    assert "Affiliation1 Affiliation1" in table
