"""Markdown: a GitHub-flavoured table in which data is only ever text.

Every cell is escaped so that nothing in it is read as Markdown or HTML: pipes and line breaks
cannot break the row, and link, image, emphasis, code, strikethrough, HTML tags and character
references (``[x](javascript:…)``, ``![x](…)``, ``**x**``, ``<b>``, ``&amp;``) come out as the
characters they are. Highlighted spans (search matches, a quote) are the one emphasis kzeu adds.
"""

from __future__ import annotations

import re

from kzeu.render.cells import plain
from kzeu.render.escape import visible
from kzeu.render.listing import Cell, Listing, Marked, Quote

# Backslash-escaped: what makes emphasis, code, links and images, strikethrough, and the pipe
# that ends a cell. Written as references: what makes a tag or a character reference.
_SPECIAL = re.compile(r"[\\`*_\[\]~|<>]|&(?=#?\w+;)|\r\n|[\r\n]")
_REPLACEMENT = {"<": "&lt;", ">": "&gt;", "&": "&amp;", "\r\n": "<br>", "\r": "<br>", "\n": "<br>"}


def _escaped(match: re.Match[str]) -> str:
    found = match.group()
    return _REPLACEMENT.get(found) or "\\" + found


def markdown_text(text: str) -> str:
    """Return ``text`` escaped for a Markdown table cell."""
    return _SPECIAL.sub(_escaped, text)


# What a line may start with to become a heading, a list, a quote or a rule ("# x", "+ x",
# "1. x", "===", "> x"), after the spaces Markdown allows before it.
_BLOCK_START = re.compile(r"\A( {0,3})(\d{0,9})([#>+=.)-])")


def markdown_line(text: str) -> str:
    """Return escaped ``text`` (from ``markdown_text`` or ``markdown_cell``) made safe to begin
    a line of a block such as a block quote: a leading heading, list, quote or rule marker is
    escaped, so the line stays a paragraph."""
    return _BLOCK_START.sub(_escape_block, text, count=1)


def _escape_block(match: re.Match[str]) -> str:
    spaces, digits, marker = match.groups()
    if digits and marker not in ".)":
        return match.group()  # "2025-" or "12#" start no block
    if not digits and marker in ".)":
        return match.group()
    return f"{spaces}{digits}\\{marker}"


def markdown_cell(value: Cell) -> str:
    """Return ``value`` as a Markdown table cell, highlighted spans in bold."""
    if isinstance(value, Marked):
        return "".join(
            f"**{markdown_text(visible(piece))}**" if marked else markdown_text(visible(piece))
            for piece, marked in value.segments()
        )
    return markdown_text(plain(value))


def block_quote(quote: Quote) -> str:
    """Return a passage as a Markdown block quote, its highlighted span in bold, with its
    credit under it."""
    where = [markdown_text(visible(part)) for part in quote.credit]
    if quote.url:
        where.append(f"<{visible(quote.url)}>")
    cited = ", ".join(where) or "the report"
    return f"> {markdown_line(markdown_cell(quote.passage))}\n>\n> — {cited}\n"


def to_markdown(listing: Listing) -> str:
    """Return a GitHub-flavoured Markdown table with the listing's data keys as its header; a
    listing about a quote (``kzeu cite``): the quote as a block quote."""
    if listing.quote is not None:
        return block_quote(listing.quote)
    keys = listing.data_keys()
    right = {c.key for c in listing.columns if c.justify == "right"}
    lines = [
        "| " + " | ".join(keys) + " |",
        "|" + "|".join("---:" if k in right else "---" for k in keys) + "|",
    ]
    lines.extend(
        "| " + " | ".join(markdown_cell(row.get(k)) for k in keys) + " |" for row in listing.rows
    )
    return "\n".join(lines) + "\n"
