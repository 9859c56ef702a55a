"""The one escaper: text from a file is shown with what cannot be seen written as an escape.

A facts file, a path or a search query may hold characters that a terminal obeys or that a
reader cannot see: control codes (an ESC starts a sequence that recolours or retitles the
terminal), direction overrides and marks that reorder what is shown, and invisible characters
that make two different texts look the same. Every format writes them as ``\\xNN``, ``\\uNNNN``
or ``\\UNNNNNNNN`` (JSON as its own ``\\uNNNN`` escapes), so what is shown is what is there.

Kept as they are: tab and newline (the formats place them), and the zero-width joiner and
non-joiner (U+200C, U+200D), which scripts such as Persian and emoji sequences need.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls (0x9B is the 8-bit CSI); the soft hyphen;
# the Arabic letter mark; the Hangul fillers; the Mongolian vowel separator; the zero-width
# space and the left-to-right and right-to-left marks; the line and paragraph separators;
# bidi embeddings, overrides and isolates; the word joiner and invisible operators; the
# deprecated format characters; the byte-order mark (zero-width no-break space); interlinear
# annotation; lone surrogates (unencodable); tag characters.
_INVISIBLE = (
    "\u00ad\u061c\u115f\u1160\u180e\u200b\u200e\u200f\u2028\u2029\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\ud800-\udfff"
    "\U000e0000-\U000e007f"
)
_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_INVISIBLE}]")
_UNSAFE_INLINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_INVISIBLE}]")
# What json.dumps leaves raw of the above: it escapes C0 itself.
_UNSAFE_IN_JSON = re.compile(f"[\x7f-\x9f{_INVISIBLE}]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def visible(text: str, *, inline: bool = False) -> str:
    """Return ``text`` with every control, direction or invisible character as an escape;
    ``inline`` (a name quoted in a message): tabs and line breaks too."""
    return (_UNSAFE_INLINE if inline else _UNSAFE).sub(_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # a JSON escape is UTF-16: a surrogate pair
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def json_safe(text: str) -> str:
    """Return JSON text with what json.dumps leaves raw of those characters as ``\\u`` escapes
    (a JSON parser reads back the exact text)."""
    return text if text.isascii() else _UNSAFE_IN_JSON.sub(_json_escape, text)
