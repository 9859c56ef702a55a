"""Words of the buildings officials meet in, named without their city: "at the Government
House", "at the Ministry of Agriculture", "at the … state residence"."""

from __future__ import annotations

# A venue of state named by one of these words lies in the city the report is filed from, unless
# the text says otherwise: a guess, listed.
STATE_VENUE_WORDS = (
    *("Government House", "House of Government", "Ministry", "Presidential Palace", "Palace"),
    *("residence", "Residence", "Parliament", "Senate", "Chancellery", "Foreign Office"),
)
