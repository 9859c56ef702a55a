"""A body's name in quotation marks inside a title's complement, as Central Asian and Russian
copy writes firms and foundations: `Chairman of the Board of JSC "NC "Harbour Gas" Jan Novak`,
`the director of LLP "Novara Service" Jan Novak`, `the head of the public foundation "Kemel
Nur" Jan Novak`. The quoted words are the body's, never a person's name: the name is what
follows the closing mark. Nested names open twice and may close once (`"NC "Harbour Gas"`)."""

from __future__ import annotations

from kzeu.draft.words import Words, plain

_OPENING = frozenset(('"', "“", "«", "„"))
_CLOSING = frozenset(('"', "”", "»", "“"))
_INSIDE = 10  # tokens a quoted name may span, marks included
_LEADING = 3  # lower-case words of a body's kind before the quoted name: "the public foundation"
# small words inside a quoted name: "Bank of Novara", "Trade and Service"
_INNER = frozenset(("of", "and", "for", "the", "&", "-", "–", "+"))


def quoted_name(tokens: Words, at: int, limit: int) -> int:
    """Return how many tokens from ``at`` make a quoted body's name (with up to three lower-case
    words of its kind before it, "public foundation", or after it before a capitalised word,
    '"Novara Agro" farm Jan Novak'), its closing marks included; else 0."""
    k = at
    while k < limit and k - at < _LEADING and tokens[k].text.isalpha() and tokens[k].text.islower():
        k += 1
    if not _opens(tokens, k, limit):
        return 0
    end = _closed(tokens, k, min(limit, k + _INSIDE))
    if not end:
        return 0
    # 'the "Novara Agro" farm Jan Novak': lower-case words of its kind after it, before the name
    kind = end
    while kind < limit and kind - end < _LEADING and tokens[kind].text.isalpha():
        if not tokens[kind].text.islower():
            return (kind if kind > end else end) - at
        kind += 1
    return end - at


def _opens(tokens: Words, at: int, limit: int) -> bool:
    """Whether an opening mark at ``at`` is joined to a capitalised word after it."""
    return (
        at + 1 < limit
        and tokens[at].text in _OPENING
        and tokens[at].end == tokens[at + 1].start
        and tokens[at + 1].text[:1].isupper()
    )


def _closed(tokens: Words, at: int, limit: int) -> int:
    """Return where the quoted name opened at ``at`` ends, after its closing marks; 0 if it does
    not close within ``limit`` or holds words no name holds."""
    k = at + 1
    while k < limit:
        text = tokens[k].text
        if _opens(tokens, k, limit):
            k += 1  # a name inside the name: "NC "Harbour Gas"
            continue
        if text in _CLOSING and tokens[k - 1].end == tokens[k].start:
            while k + 1 < limit and tokens[k + 1].text in _CLOSING:
                k += 1  # '""', '»»': each nested name closed
            return k + 1
        if not (text[:1].isupper() or text[:1].isdigit() or plain(tokens[k]) in _INNER):
            return 0
        k += 1
    return 0
