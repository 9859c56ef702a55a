"""Abbreviations that end no sentence, and the bodies that issue a report."""

from __future__ import annotations

from kzeu.draft.lexicon import words

# --- sentences ----------------------------------------------------------------------------------

# Words that end with a full stop without ending a sentence (compared without their dots).
ABBREVIATIONS = words(
    "mr mrs ms dr prof gen col lt sgt capt cmdr adm sen rep gov st no nos vs approx est dept "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun "
    "inc ltd corp co jr sr hon amb pres min e.g i.e u.s u.k u.n e.u u.s.a"
)
# --- sources ------------------------------------------------------------------------------------

# Nouns of a body that issues a report ("according to the Ministry", "the press service"), in
# the order the pattern tries them.
SOURCE_BODIES = (
    *("ministry", "service", "office", "press", "agency", "committee", "bureau", "government"),
    *("department", "embassy", "administration", "website", "channel", "portal", "chancellery"),
    *("cabinet", "chamber", "council", "delegation"),
)
# A wire's tag in brackets before its headline ("(LEAD) ...", "(UPDATE) ..."): no outlet, so the
# report's credit is sought on (the dateline's "(Yonhap)").
WIRE_TAGS = words(
    "lead update urgent breaking corrected correction refile recast wrapup advisory exclusive "
    "focus analysis feature factbox interview profile"
)
# Words that make a line in capitals alone a label or a byline, not a dateline's city ("JOINT
# STATEMENT", "DAILY SABAH WITH AGENCIES"): the header reads on for the city.
NOT_PLACE_WORDS = words(
    "with by and staff agencies agency wires reporters reporter correspondent correspondents "
    "desk statement communique declaration release news report bulletin joint press update "
    "breaking exclusive analysis opinion editorial information service "
    # a broadcast script's speakers: "ANCHOR: ...", "VOICEOVER: ..."
    "anchor presenter voiceover"
)
