"""Countries and unions as reports name them, and the adjectives that point to them ("Uzbek",
"Britain's"): what ``draft`` proposes as a person's affiliation, and words that are never part of
a person's name."""

from __future__ import annotations

from kzeu.sentences import words

# adjective or short name -> the country or union, as an affiliation
_TABLE = """
Afghan Afghanistan|Albanian Albania|Algerian Algeria|American United States|Armenian Armenia
Australian Australia|Austrian Austria|Azerbaijani Azerbaijan|Azeri Azerbaijan
Bangladeshi Bangladesh|Belarusian Belarus|Belgian Belgium|Brazilian Brazil|British United Kingdom
Britain United Kingdom|UK United Kingdom|Bulgarian Bulgaria|Canadian Canada|Chilean Chile
Chinese China|Croatian Croatia|Cypriot Cyprus|Czech Czechia|Danish Denmark|Dutch Netherlands
Egyptian Egypt|Emirati United Arab Emirates|Estonian Estonia|EU European Union
European European Union|Finnish Finland|French France|Georgian Georgia|German Germany
Greek Greece|Hungarian Hungary|Indian India|Indonesian Indonesia|Iranian Iran|Iraqi Iraq
Irish Ireland|Israeli Israel|Italian Italy|Japanese Japan|Jordanian Jordan|Kazakh Kazakhstan
Kazakhstani Kazakhstan|Korean Korea|Kuwaiti Kuwait|Kyrgyz Kyrgyzstan|Latvian Latvia
Lithuanian Lithuania|Luxembourgish Luxembourg|Malaysian Malaysia|Maltese Malta|Mexican Mexico
Moldovan Moldova|Mongolian Mongolia|Moroccan Morocco|Norwegian Norway|Omani Oman
Pakistani Pakistan|Peruvian Peru|Polish Poland|Portuguese Portugal|Qatari Qatar
Romanian Romania|Russian Russia|Saudi Saudi Arabia|Serbian Serbia|Singaporean Singapore
Slovak Slovakia|Slovenian Slovenia|Spanish Spain|Swedish Sweden|Swiss Switzerland|Syrian Syria
Tajik Tajikistan|Thai Thailand|Turkish Türkiye|Turkmen Turkmenistan|Ukrainian Ukraine
US United States|U.S. United States|Uzbek Uzbekistan|Vietnamese Vietnam
"""
COUNTRIES = words(
    "Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain "
    "Bangladesh Belarus Belgium Bolivia Bosnia Brazil Britain Bulgaria Cambodia Canada Chile "
    "China Colombia Croatia Cuba Cyprus Czechia Denmark Ecuador Egypt Estonia Ethiopia "
    "Finland France Georgia Germany Greece Hungary Iceland India Indonesia Iran Iraq Ireland "
    "Israel Italy Japan Jordan Kazakhstan Kenya Korea Kuwait Kyrgyzstan Laos Latvia Lebanon "
    "Libya Lithuania Luxembourg Malaysia Malta Mexico Moldova Mongolia Montenegro Morocco "
    "Nepal Netherlands Nigeria Norway Oman Pakistan Panama Paraguay Peru Philippines Poland "
    "Portugal Qatar Romania Russia Serbia Singapore Slovakia Slovenia Spain Sweden "
    "Switzerland Syria Tajikistan Thailand Tunisia Turkey Türkiye Turkmenistan Uganda Ukraine "
    "Uruguay Uzbekistan Venezuela Vietnam Yemen EU UK US USA UN"
)
AFFILIATIONS = dict(
    entry.split(" ", 1) for line in _TABLE.split("\n") for entry in line.split("|") if entry
)
AFFILIATIONS.update(
    {country: country for country in COUNTRIES if len(country) > 3 and country not in AFFILIATIONS}
)
AFFILIATIONS.update({"Turkey": "Türkiye", "USA": "United States", "UN": "United Nations"})
# Capitalised words that are never a person's name: months, days, and the words of institutions.
NOT_NAMES = (
    words(
        "January February March April May June July August September October November December "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An In At On Of For And "
        "But As It He She They We This That These Those His Her Their Its Our After Before During "
        "According Commission Union Council Ministry Republic Affairs Nations Committee Bank "
        "Organization Organisation Summit Forum Group Agency Office Government Parliament "
        "Assembly Development Cooperation Policy Trade Energy Economy Foreign Security Central "
        "Asia Europe European Affairs Federation State States Kingdom Emirates Arabia Islamic "
        "People's Democratic National International Intergovernmental Business Economic "
        "Investment Finance Industry Agriculture Transport Defence Defense Interior Justice "
        "Health Education Culture Digital Ministerial Meeting Conference Session Congress "
        "Dialogue Talks Corporation Company Fund Authority Service Press Department Embassy "
        "Administration Secretariat House Palace Square Prime Minister President Deputy Vice "
        "Chairman Ambassador Secretary Governor Mayor Premier Chancellor"
    )
    # the verbs of title-case headlines: "Foreign Minister Receives Credentials"
    | words(
        "Visits Visit Receives Receive Opens Open Holds Hold Meets Meet Says Say Discusses Discuss"
        " Signs Sign Attends Attend Welcomes Welcome Urges Hosts Host Arrives Addresses Chairs"
        " Calls Congratulates Expresses Launches Plans Pledges Seeks Vows Praises Backs Joins"
        " Leaves Appoints Agrees Agree Announces Reaffirms Stresses Notes Highlights Talks Speaks"
        " Thanks Greets Travels Begins Ends Wraps Concludes Starts Will To With"
    )
    | COUNTRIES
    | frozenset(AFFILIATIONS)
)
# Countries of more than one word, by their first word: "United Arab Emirates".
_LONG_NAMES = (
    "United Arab Emirates|United States of America|United States|United Kingdom|Saudi Arabia"
    "|South Korea|North Korea|New Zealand|Czech Republic|European Union|Russian Federation"
    "|Kyrgyz Republic|Republic of Korea|South Africa|Sri Lanka"
)
COUNTRY_NAMES: dict[str, list[tuple[str, ...]]] = {}
for _name in sorted(_LONG_NAMES.split("|"), key=len, reverse=True):
    COUNTRY_NAMES.setdefault(_name.split()[0], []).append(tuple(_name.split()))
for _name in COUNTRIES:
    COUNTRY_NAMES.setdefault(_name, []).append((_name,))
