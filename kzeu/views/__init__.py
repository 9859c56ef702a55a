"""What each command lists: rows and columns built from a facts file, with stable keys.

A module a view: ``people``, ``topics``, ``trade`` (with its chart), ``events``, ``records``
(the overview and the source), ``cite``, ``search``, each with its view across several
meetings where it is more than each meeting's rows; ``meetings`` runs a view on each meeting
(``each``) and lists the meetings; ``values`` holds the values the data has (completion, a
mistyped id), ``drafts`` the marks of a draft, ``common`` what they share.

The keys of each view are the JSON keys and CSV header that docs/commands.md documents;
changing one is a breaking change. Titles and captions come from the facts file alone. Every
fact shows the id that ``kzeu cite`` takes, derived figures included.

A view that is filtered raises ``NothingMatches`` when nothing is left, with what the file does
hold: an empty table says less than "no person has that affiliation; there are: ...".
"""
