"""Words that name the people of a gathering without their names."""

from __future__ import annotations

# "The two ministers last met in …", "the two leaders discussed … during a telephone
# conversation": the people of the meeting told of before (not "the foreign ministers of the
# two countries", whom the words after them name).
PAIR_REFERENCES = (
    *("the two ministers", "the ministers", "the two leaders", "the leaders"),
    *("the two heads of state", "the heads of state", "the two heads of government"),
    *("the heads of government", "the two prime ministers", "the prime ministers"),
    *("the two presidents", "the presidents", "the two foreign ministers"),
    *("the foreign ministers", "the two deputy prime ministers", "the deputy prime ministers"),
    *("the interlocutors", "the two officials"),
)
