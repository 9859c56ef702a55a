"""Credit lines: "Contact: Jan Novak, press officer", "For media enquiries: ...", "Author: ...".
The people on such a line are the issuer's or the outlet's, not the report's: ``people`` reads
past them."""

from __future__ import annotations

from kzeu.draft.lexicon.people import CREDIT_LABELS, CREDIT_QUALIFIERS
from kzeu.draft.words import Words, line_ends, plain


def credit_line_end(tokens: Words, at: int) -> int:
    """Return where the line after a credit label at ``at`` ends (the index of the next line's
    first word) when ``at`` opens its line with a label and a colon ("Contact: Jan Novak, press
    officer", "Press contact: …", "Author: …"): the people on it are the issuer's or the
    outlet's, not the report's; else ``at``."""
    if at > 0 and not line_ends(tokens, tokens[at - 1], tokens[at]):
        return at
    k = at + 1 if plain(tokens[at]) == "for" else at  # "For media enquiries:"
    k = k + 1 if k < len(tokens) and plain(tokens[k]) in CREDIT_QUALIFIERS else k
    if not (
        k + 1 < len(tokens) and plain(tokens[k]) in CREDIT_LABELS and tokens[k + 1].text == ":"
    ):
        return at
    k += 2
    while k < len(tokens) and "\n" not in tokens.source[tokens[k - 1].end : tokens[k].start]:
        k += 1
    return k
