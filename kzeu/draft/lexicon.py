"""The English of news reports that ``kzeu draft`` reads, as tables: every word list in one place.

Currencies (symbols, codes, names), number and scale words, months and weekdays, the words of
titles, honorifics and name particles, the words of event names and the kinds they give, and the
abbreviations after which a full stop ends no sentence. The patterns that find them are built
from these tables (``alternation``), so adding a currency or a title word is one edit here plus
one test case (``tests/data/draft_cases/``). Beside it, ``countries.json`` holds the gazetteer.

Nothing here imports from kzeu: ``kzeu.dates``, ``kzeu.numbers`` and ``kzeu.sentences``, which
the loader and ``cite`` share, read the same tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def words(text: str) -> frozenset[str]:
    """Return the set of the words of ``text``: a long list written as one string."""
    return frozenset(text.split())


def alternation(choices: Iterable[str]) -> str:
    """Return a regex group that matches any of ``choices`` literally, the longest first (so that
    "US$" is tried before "$" and "pounds sterling" before "pounds")."""
    ordered = sorted(set(choices), key=lambda choice: (-len(choice), choice))
    return "(?:" + "|".join(re.escape(choice) for choice in ordered) + ")"


# --- currencies ---------------------------------------------------------------------------------

# A sign before a number, and the ISO 4217 code it stands for ("¥" is yen or yuan: see UNSURE).
CURRENCY_SYMBOLS = {
    "US$": "USD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY",
    "₸": "KZT",
    "₽": "RUB",
    "₺": "TRY",
    "₼": "AZN",
    "₹": "INR",
    "₩": "KRW",
}
# ISO codes written before or after a number ("USD 3.5 bn", "40 million EUR").
CURRENCY_CODES = tuple(
    "USD EUR GBP CNY RUB KZT UZS KGS TJS TMT AZN TRY JPY CHF INR AED GEL AMD BYN UAH KRW".split()  # noqa: SIM905
)
# Codes reports use that are not ISO's, written before a number only.
CODE_ALIASES = {"RMB": "CNY"}
# A currency's name after a number, in the singular, and its code.
CURRENCY_NAMES = {
    "dollar": "USD",
    "euro": "EUR",
    "pound": "GBP",
    "pounds sterling": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
    "ruble": "RUB",
    "rouble": "RUB",
    "tenge": "KZT",
    "manat": "AZN",
    "som": "KGS",
    "soum": "UZS",
    "sum": "UZS",
    "somoni": "TJS",
    "lira": "TRY",
    "rupee": "INR",
    "yen": "JPY",
    "won": "KRW",
    "lari": "GEL",
    "dram": "AMD",
    "hryvnia": "UAH",
}
# The names written with an "s" in the plural ("40 million dollars"; "tenge" has none).
PLURAL_CURRENCY_NAMES = words(
    "dollar euro pound ruble rouble manat som soum sum lira rupee dram hryvnia"
)
# Signs and names that more than one country's currency uses: the code is listed to confirm
# (a "dollar" of which country?), unless "US" or "American" stands before the name.
UNSURE_CURRENCIES = frozenset({"¥", "manat", "dollar"})


def currency_name_forms() -> dict[str, str]:
    """Return every written form of a currency name (singular and plural) -> its singular."""
    forms = {name: name for name in CURRENCY_NAMES}
    forms.update({f"{name}s": name for name in PLURAL_CURRENCY_NAMES})
    return forms


# --- numbers ------------------------------------------------------------------------------------

# Number words and their values: "zero" to "twenty", the tens, and a few set phrases.
_UNITS = "zero one two three four five six seven eight nine".split()  # noqa: SIM905
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()  # noqa: SIM905
TENS = {
    word: 10 * number
    for number, word in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], start=2
    )
}
NUMBER_WORDS: dict[str, int] = {word: n for n, word in enumerate([*_UNITS, *_TEENS, "twenty"])}
NUMBER_WORDS.update({word: n for word, n in TENS.items() if word != "twenty"})
NUMBER_WORDS.update({"a hundred": 100, "one hundred": 100, "a dozen": 12, "dozen": 12})
# The units after a ten's hyphen: "twenty-five".
UNIT_WORDS = tuple(_UNITS[1:])
# The single number words a count may be written in ("five documents"): two to ninety.
COUNT_WORDS = tuple(
    word for word, n in NUMBER_WORDS.items() if 2 <= n <= 90 and " " not in word and word != "dozen"
)
# Scale words and the power of ten each stands for: in full, abbreviated, and one letter.
SCALE_NAMES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
SCALE_ABBREVIATIONS = {"mln": 6, "mn": 6, "bln": 9, "bn": 9, "trn": 12, "tn": 12}
SCALE_LETTERS = {"k": 3, "m": 6, "b": 9}
SCALES = {**SCALE_NAMES, **SCALE_ABBREVIATIONS, **SCALE_LETTERS}

# --- the calendar -------------------------------------------------------------------------------

# Each month's name in full and its abbreviations, in the order of the year.
MONTH_SPELLINGS = (
    ("January", "Jan"),
    ("February", "Feb"),
    ("March", "Mar"),
    ("April", "Apr"),
    ("May",),
    ("June", "Jun"),
    ("July", "Jul"),
    ("August", "Aug"),
    ("September", "Sept", "Sep"),
    ("October", "Oct"),
    ("November", "Nov"),
    ("December", "Dec"),
)
MONTH_NAMES = tuple(spellings[0] for spellings in MONTH_SPELLINGS)
MONTH_ABBREVIATIONS = tuple(short for spellings in MONTH_SPELLINGS for short in spellings[1:])
# month name or abbreviation, in lower case -> its number
MONTHS = {
    name.lower(): number
    for number, spellings in enumerate(MONTH_SPELLINGS, start=1)
    for name in spellings
}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS = {name.lower(): number for number, name in enumerate(WEEKDAY_NAMES)}
CALENDAR_WORDS = frozenset((*MONTH_NAMES, *WEEKDAY_NAMES))

# --- people -------------------------------------------------------------------------------------

# The head of a title: the word that says what the person is ("minister", "ambassador").
TITLE_HEADS = words(
    "president vice-president minister ministers ambassador ambassadors secretary "
    "secretary-general secretaries chairman chairwoman chairperson chair speaker governor "
    "mayor commissioner commissioners representative representatives director "
    "director-general head chief envoy premier chancellor king queen emir prince spokesperson "
    "spokesman spokeswoman counterpart counterparts senator consul adviser advisor akim hokim "
    "rector ceo vice-premier assistant analyst expert economist professor official aide "
    "coordinator delegate counsellor counselor minister-counsellor attaché under-secretary "
    "undersecretary under-secretary-general officer fellow researcher pm sheikh "
    # members of a body or a delegation, each named after a plural title as often as one
    "member members senators mep meps deputies delegates "
    # the plurals of heads that name several people at once ("the heads of the delegations")
    "heads chairmen directors governors envoys advisers advisors "
    # "the two leaders – A and B –", "opposition leader A"
    "leader leaders "
    # "Jan Novak, the EU's top diplomat"
    "diplomat "
    # spellings of a regional governor
    "khokim hakim "
    # members of a legislature and other offices, named as often without a capitalised title
    # ("the Swedish parliamentarians A and B", "Business Ombudsman A")
    "parliamentarian lawmaker legislator ombudsman ombudsperson councillor councilor "
    "administrator treasurer prosecutor-general attorney-general auditor-general"
)
# The plural of each head: a plural title names each person of the list after it ("the
# speakers of the two parliaments, A and B").
_IRREGULAR = {"chairman": "chairmen", "chairwoman": "chairwomen", "spokesman": "spokesmen"}
TITLE_HEADS |= frozenset(
    _IRREGULAR.get(head, head if head.endswith("s") else head + "s")
    for head in TITLE_HEADS
    if not head.endswith("y")
) | words("mp mps spokeswomen")
# Words that go before a head within a title ("Deputy Prime", "Foreign").
TITLE_MODIFIERS = words(
    "deputy vice first acting foreign prime special permanent executive general senior "
    "assistant state trade finance economy economic energy defence defense interior justice "
    "agriculture transport industry health education culture high under plenipotentiary "
    "extraordinary crown presidential chief vice-prime federal resident managing commerce "
    "labour labor environment tourism"
)
# Capitalised words that are never a word of a person's name: function words that open a
# sentence, and the words of institutions and their fields (a complement's last words, "of the
# Association of Textile Enterprises Uztextileprom", are then no name).
CAPITALISED_NOT_NAMES = words(
    "The A An In At On Of For And But As It He She They We This That These Those His Her Their "
    "Its Our After Before During According"
)
INSTITUTION_WORDS = words(
    "Commission Union Council Ministry Republic Affairs Nations Committee Bank Organization "
    "Organisation Summit Forum Group Agency Office Government Parliament Assembly Development "
    "Cooperation Policy Trade Energy Economy Foreign Security Central Asia Europe European "
    "Federation State States Kingdom Emirates Arabia Islamic People's Democratic National "
    "International Intergovernmental Business Economic Investment Finance Industry Agriculture "
    "Transport Defence Defense Interior Justice Health Education Culture Digital Ministerial "
    "Meeting Conference Session Congress Dialogue Talks Corporation Company Fund Authority "
    "Service Press Department Embassy Administration Secretariat House Palace Square Prime "
    "Minister President Deputy Vice Chairman Ambassador Secretary Governor Mayor Premier "
    "Chancellor "
    # the fields and kinds of bodies a complement names
    "Enterprises Industries Producers Exporters Entrepreneurs Resources Water Studies Relations "
    "Technologies Services Holding Partners Railways Airlines Products Systems Association "
    "Chamber Institute University Academy Centre Center Board Directors Management Region "
    "District Province Oil Gas Textile"
)
# The verbs of title-case headlines: "Foreign Minister Receives Credentials".
HEADLINE_VERBS = words(
    "Visits Visit Receives Receive Opens Open Holds Hold Meets Meet Says Say Discusses Discuss "
    "Signs Sign Attends Attend Welcomes Welcome Urges Hosts Host Arrives Addresses Chairs Calls "
    "Congratulates Expresses Launches Plans Pledges Seeks Vows Praises Backs Joins Leaves "
    "Appoints Agrees Agree Announces Reaffirms Stresses Notes Highlights Talks Speaks Thanks "
    "Greets Travels Begins Ends Wraps Concludes Starts Will To With"
)
# Lower-case nouns that go on a title's complement after a capitalised word: "Head of the
# Riksdag delegation Anna Svensson", "Akim of Shymkent city Syzdykbekov Gabit".
COMPLEMENT_NOUNS = words(
    "delegation city region province district side "
    # "the Temir Zholy national company", "the Invest company"
    "national company corporation holding"
)
# Small words inside a name: "Ursula von der Leyen", "Khalid bin Saeed Al Mansoori".
NAME_PARTICLES = words("von van der de den del al el bin ibn da di du la le ter ten dos das")
# Vietnamese family names, written first: a name of three or four words that starts with one is
# whole ("Nguyen Thi Thanh Ha", "Bui Thanh Son"), not a complement's word and a name of two.
FAMILY_NAMES_FIRST = words(
    "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Trinh Dinh Lam Mai"
)
# Honorifics that stand before a name, in lower case without their full stop.
HONORIFICS = frozenset(("mr", "ms", "mrs", "dr", "prof"))

# --- events -------------------------------------------------------------------------------------

# Phrases that say a meeting took place, tried in this order (``meetings._MEETING`` adds the
# forms with a variable part: "talks in Seoul between", "held their 20th meeting", calls).
MEETING_PHRASES = (
    *("met", "meets", "meet with", "held talks", "holds talks", "hold talks", "held a meeting"),
    *("holds a meeting", "received", "receives", "at a meeting", "during a meeting"),
    *("during talks", "after meeting", "talks between", "talks with", "meeting with"),
    *("met with", "meeting between"),
    *("consultations between", "consultations with", "negotiations with", "negotiations between"),
    *("held negotiations", "hold negotiations", "holds negotiations"),
    # "held another round of talks" (the next, previous or last round is another: ``meetings``)
    *("round of talks", "round of negotiations", "round of consultations"),
    # a meal as a meeting: "hosted a working lunch for", "a working dinner with"
    *("working lunch", "working dinner", "working breakfast"),
)
# The last word of an event's name and the kind of event it gives.
EVENT_KINDS = {
    "Summit": "summit",
    "Forum": "forum",
    "Council": "council",
    "Commission": "commission",
    "Conference": "conference",
    "Session": "session",
    "Ministerial": "ministerial meeting",
    "Meeting": "meeting",
    "Committee": "commission",
    "Week": "forum",
    "Dialogue": "meeting",
    "Assembly": "session",
    "Congress": "conference",
    "Fair": "forum",
    "Exhibition": "forum",
    "Expo": "forum",
    "Roundtable": "round table",
    "Symposium": "conference",
}
# Words that end an event's name though they give no kind of their own.
EVENT_WORDS = frozenset(EVENT_KINDS) | words("Expo Exhibition Roundtable Symposium Convention")

# Events named by their kind in lower case ("a business forum in Namangan", "the working group on
# trade", "the summit in 2025"): the kind word and the kind it gives, the longest tried first.
KIND_WORDS = {
    "business council": "business council",
    "working group": "working group",
    "round table": "round table",
    "roundtable": "round table",
    "ministerial meeting": "ministerial",
    "conference": "conference",
    "forum": "forum",
    "commission": "commission",
    "council": "council",
    "summit": "summit",
    "fair": "forum",
    "session": "session",
    "committee": "commission",
    "exhibition": "forum",
    "expo": "forum",
    "symposium": "conference",
    "congress": "conference",
    # meetings of a format of their own, named by it: "a trilateral meeting of foreign
    # ministers in Kars", "the Consultative Meeting of the heads of state"
    "trilateral meeting": "meeting",
    "quadrilateral meeting": "meeting",
    "consultative meeting": "meeting",
}
# Words that stand before a kind word without describing the event: articles, possessives,
# ordinals and the words of timing and sequence ("the next", "its first", "an upcoming").
KIND_LEADS = words(
    "a an the this that these its their his her our next upcoming forthcoming previous last "
    "first second third fourth fifth sixth seventh eighth ninth tenth new recent annual regular "
    "countries' sides' two"
)
# The words that end the words describing an event before its kind word (links, verbs).
KIND_STOPS = words(
    "of in on at to for with by from and or as that which whose than into during after before "
    "is are was were be will would"
)
# The words that end a complement after a kind word ("working group on trade | in Bishkek").
COMPLEMENT_STOPS = words(
    "in at to for with by was were is will would which that who held met during from after on "
    "said says has have had "
    # verbs not ending in "-ed" and words of a clause after the name ("the working group on
    # critical raw materials took place")
    "took takes take brought began begins opens meets gathers can could should may also as "
    "under between among since until where when"
)
# Kind words also read capitalised ("the High-Level Working Group on Energy"): the other kind
# words, capitalised, end the names that ``named_events`` reads.
KIND_WORDS_ANY_CASE = ("working group", "round table")
# Words before an event named by its kind that make a later mention another gathering of it
# ("the next meeting of the working group", "the third interregional conference").
KIND_AGAIN = words("next upcoming forthcoming previous second third fourth fifth new")
# A kind word after these is something else: "a press conference", "a video conference" (a
# meeting), "the Security Council" is capitalised and never read here.
KIND_NOT_EVENTS = words("press news video telephone phone online virtual")
# Words just before a body that is proposed or set up, not meeting: "proposed setting up a
# working group on transit tariffs".
KIND_SET_UP = ("setting up", "set up", "establish", "establishing", "established", "creation of")
# Words that say a gathering is still to come ("will be held", "preparing for", "agreed to hold")
# and that it has taken place ("was held", "took place", "recently"); the one nearest to the
# event's name decides, and it is listed for a person to confirm.
UPCOMING_WORDS = (
    *("will", "would", "shall", "to be held", "next", "upcoming", "forthcoming", "preparing for"),
    *("preparations for", "to prepare", "planned", "scheduled", "is to", "are to", "due to"),
    *("expected", "agreed to hold", "to hold", "to host", "proposed", "proposed convening"),
    *("invited", "ahead of", "on the eve of", "hope to", "hopes to", "later this"),
    *("slated", "set to", "to convene", "to be convened", "will convene", "intend to hold"),
    *("preparing", "due in", "run-up to", "agreed to meet", "meet again"),
)
HELD_WORDS = (
    *("was held", "were held", "held", "took place", "opened", "recently", "last week"),
    *("met", "previous", "sidelines of", "margins of", "has brought together", "co-chaired"),
    *("brought together", "convened", "concluded", "ended", "last month", "earlier this"),
    *("attended", "took part in", "participated in"),
)

# --- figures ------------------------------------------------------------------------------------

# Words that tell of what is wanted or foreseen, not what is: a figure in their clause is a
# target or forecast ("expected turnover to reach $1 billion", "will invest $2 billion").
INTENT_WORDS = words(
    "expect expects expected expecting expectation expectations aim aims aimed aiming target "
    "targets targeted targeting plan plans planned planning goal goals objective objectives "
    "forecast forecasts forecasted forecasting projected projection projections intend intends "
    "intended intention seek seeks seeking hope hopes hoped will would shall could should "
    "potential potentially envisage envisages envisaged agree agrees agreed pledge pledges "
    "pledged commit commits committed vow vows vowed promise promises promised"
)
INTENT_PHRASES = (
    *("set to", "ready to", "to reach", "to raise", "to increase", "to bring", "to boost"),
    *("to double", "to triple", "to expand", "to grow", "to hit", "to lift"),
)

# Words of a figure's clause that do not say what it is, skipped when a figure with no flow is
# named by the word before it ("a loan of $200 million" -> "loan-amount", "GDP grew 5%" ->
# "gdp-change"): words of function, verbs of change and of statement, hedges.
STATISTIC_ID_SKIP = words(
    "a an the of in on at by to for from with and or as than this that these those its their "
    "his her our is are was were be been has have had will would about around some nearly "
    "almost over more less than up down per cent percent total worth value sum amount level "
    "figure record estimated reach reached reaches rose rise rises grew grow grows fell fall "
    "falls increased increase decreased decrease amounted amounts totalled totaled totals "
    "stood stands exceeded exceeds just only also year years month months last first "
    "approximately roughly close under below above least which who whose what it they new "
    "provide provides give gives grant grants allocate allocates invest invests make makes "
    "worth costs cost through said says into within across among between after before since "
    "during via decision"
)
# Verbs that state a figure as what is, not what is wanted: "reached", "amounted to",
# "totalled", and the past of change, after which "to reach" says where the figure got ("grew
# by 12.4% in 2024 to reach 6.8 billion euros" is stated, not a target).
STATED_VERBS = words(
    "reached amounted totalled totaled totalling totaling stood grew rose increased jumped "
    "climbed surged soared expanded fell declined decreased dropped shrank slipped"
)
# Units of measure: a count of them ("1.5 million tonnes") says how much, not of what, so its
# unit is no label to propose.
MEASURE_UNITS = words(
    "tonnes tons tonne ton metres meters kilometres kilometers kilowatt-hours megawatts "
    "gigawatts kilowatts barrels hectares litres liters gallons units kilograms kilos cubic "
    "square percent"
)
# Words that hedge a figure, kept as its qualifier ("more than $2 billion"), in the order tried.
QUALIFIERS = (
    *("more than", "over", "nearly", "almost", "about", "around", "some", "at least", "up to"),
    *("exceeded", "exceeds", "exceeding", "exceed", "approximately", "roughly", "close to"),
    *("less than", "fewer than", "under", "above", "below", "just over", "just under"),
)

# --- places -------------------------------------------------------------------------------------

# Countries whose capital bears their name: in a dateline, the city (any other country's name
# there is a government release's prefix, "UZBEKISTAN, May 3 -", not where it was filed).
CITY_STATES = words("Singapore Monaco Luxembourg Kuwait Djibouti Vatican")

# --- sentences ----------------------------------------------------------------------------------

# Words that end with a full stop without ending a sentence (compared without their dots).
ABBREVIATIONS = words(
    "mr mrs ms dr prof gen col lt sgt capt cmdr adm sen rep gov st no nos vs approx est dept "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun "
    "inc ltd corp co jr sr hon amb pres min e.g i.e u.s u.k u.n e.u u.s.a"
)

# --- figures: what stands before a number ---------------------------------------------------------

# Nouns before a number that name a thing by its number, not count it ("Resolution 2231",
# "Flight 204", "ranked 12"), in the order the pattern tries them.
NUMBERED_NOUNS = (
    *("number", "resolution", "decree", "law", "article", "order", "protocol", "section"),
    *("paragraph", "chapter", "page", "room", "hall", "building", "flight", "route", "terminal"),
    *("gate", "phase", "stage", "level", "rank", "ranked"),
)


def capitalisable(choices: Iterable[str]) -> str:
    """Return the alternation of ``choices`` in their order, each also with a capital first letter
    ("[Dd]ecree"): a word that may open a sentence or a title."""
    return "|".join(f"[{word[0].upper()}{word[0]}]{word[1:]}" for word in choices)


# --- sources ------------------------------------------------------------------------------------

# Nouns of a body that issues a report ("according to the Ministry", "the press service"), in
# the order the pattern tries them.
SOURCE_BODIES = (
    *("ministry", "service", "office", "press", "agency", "committee", "bureau", "government"),
    *("department", "embassy", "administration", "website", "channel", "portal", "chancellery"),
)

# --- people named with no title ----------------------------------------------------------------

# The word just before a name that says a person is named there, with no title: "met Jan Novak",
# "included Jan Novak and Eva Horak".
UNTITLED_AFTER_WORDS = words("met meets meet received receives included includes including")
# The two words just before such a name: "held talks with Jan Novak", "led by Jan Novak" (not
# "signed by", which a company may be).
UNTITLED_AFTER_PAIRS = frozenset(
    (before, "with")
    for before in words(
        "met talks meeting call conversation spoke negotiations consultations phone telephone "
        "link talked"
    )
) | frozenset(
    (before, "by")
    for before in words(
        "led headed chaired accompanied joined attended hosted represented received welcomed "
        "greeted"
    )
)
# The verbs of meeting that may follow a name with no title that opens a sentence, alone or
# with another joined by "and": "Jan Novak and Ali Demir met", "Jan Novak held talks".
MEETING_VERBS = words("met meet meets co-chaired spoke talked")
# Verbs and auxiliaries that start a clause after a subject: a lower-case title's complement
# ends before them ("the co-chairs of the commission held talks").
CLAUSE_VERBS = words(
    "held holds was were is are will would has have had visited arrived discussed signed "
    "received attended welcomed opened took spoke"
)
# ... and what "held" or "holds" must be followed by to be one ("held talks", not "held a fair").
MEETING_HELD = words("talks negotiations consultations meeting")
# The verbs of speech that may follow a name with no title: "Jan Novak said".
SPEECH_VERBS = words(
    "said says told noted stressed added emphasised emphasized stated announced explained "
    "underlined remarked confirmed highlighted "
    # the reporting verbs of diplomatic prose: "..., Karl Weber proposed a new fund"
    "proposed suggested urged praised thanked reaffirmed recalled assured invited expressed "
    "pointed briefed informed"
)

# --- topics (agenda items) ----------------------------------------------------------------------

# Phrases after which a clause names what was on the agenda: "the sides discussed trade", "Novak
# raised the issue of water", "the talks focused on energy". Adding a topic verb is one entry
# here plus one test case (``tests/data/draft_cases/topic-*.case``).
TOPIC_VERBS = (
    *("discussed", "discuss", "discusses", "discussing", "considered", "consider"),
    *("reviewed", "review", "explored", "explore"),
    *("raised the issue of", "raised the issues of", "raised the question of"),
    *("raised the questions of", "raised the matter of", "raised the topic of"),
    *("raised the problem of", "raised concerns over", "raised concerns about"),
    *("focused on", "focussed on", "focusing on", "focuses on", "focus on", "focused mainly on"),
    *("centred on", "centered on", "touched upon", "touched on", "touch upon", "touched also on"),
    *("exchanged views on", "exchanged opinions on", "exchange views on", "exchanging views on"),
    *("agreed to develop", "agreed to expand", "agreed to strengthen", "agreed to deepen"),
    *("agreed to further develop", "agreed to further expand", "agreed to further strengthen"),
    *("agreed to boost", "called for", "calls for", "call for", "proposed", "proposes"),
    *("paid attention to", "paid special attention to", "paid particular attention to"),
    *("the agenda included", "the agenda covered", "the talks covered", "the discussion covered"),
    *("the talks also covered", "the agenda also included", "expand cooperation in"),
    *("agreed to step up", "agree to step up", "agreed to promote", "with a focus on"),
    *("attention was paid to", "attention was also paid to", "with a particular focus on"),
    # what both sides pledge or agree to do ("pledged to deepen cooperation in trade")
    *("pledged to deepen", "pledged to expand", "pledged to strengthen", "pledged to develop"),
    *("agreed on", "agreed to extend", "agreed to speed up", "to speed up", "speed up"),
    *("to deepen", "to step up", "to strengthen", "to intensify", "deepen cooperation in"),
    # what one side is ready for, interested in, or stresses ("were interested in hydropower")
    *("interested in", "interest in", "the importance of", "talked about"),
    *("would be on the agenda", "will be on the agenda", "with particular attention to"),
    *("particular attention to", "special attention to", "recommended", "promised"),
    # what both sides aim at ("the two countries intend to raise bilateral trade")
    *("agreed to raise", "agree to raise", "aim to raise", "aims to raise", "intend to raise"),
    *("agreed to increase", "intend to bring", "intend to increase", "agreed to bring"),
    *("agreed to set up", "agreed to establish", "agreed to create", "agreed to launch"),
    # one side's readiness counts for these verbs only ("is ready to expand trade")
    *("ready to expand", "ready to develop", "ready to strengthen", "ready to deepen"),
    *("readiness to expand", "readiness to develop", "readiness to strengthen"),
    *("willing to expand", "willing to develop", "willing to strengthen", "wants to expand"),
)
# Phrases after what was on the agenda, which stands before them: "issues of water use were
# discussed".
TOPIC_PASSIVES = (
    *("was discussed", "were discussed", "was also discussed", "were also discussed"),
    *("was considered", "were considered", "was reviewed", "were reviewed"),
    *("was raised", "were raised", "were touched upon", "was touched upon"),
    *("was on the agenda", "were on the agenda", "were also on the agenda"),
)
# Words before a topic verb that make it no verb of the agenda: "is considered a partner", "the
# proposed project".
TOPIC_PARTICIPLES = words("considered proposed reviewed discussed offered explored raised")
TOPIC_VERB_NOT_AFTER = words("is are was were be been being the a an its their his her our this")
# Words that frame a list of fields and are shared by each: "the development of cooperation in
# energy, transport and logistics" is three items, each "... in energy", "... in transport", ...
TOPIC_FRAMES = words(
    "the a an state current prospects prospect development implementation issues issue matters "
    "matter questions question ways means possibilities opportunities progress status results "
    "outcomes expansion strengthening deepening promotion further cooperation partnership "
    "interaction financing preparations preparation need importance fields field areas area "
    "spheres sphere sectors sector and joint expanding developing strengthening deepening "
    "boosting increasing bilateral mutual practical future further long-term"
)
# The prepositions that end such a frame.
TOPIC_FRAME_ENDS = words("of for in on regarding concerning")
# Items that say nothing of what was discussed: "issues of mutual interest", "other matters".
TOPIC_VAGUE = words(
    "the a an of and other issues issue matters matter questions question topics topic mutual "
    "common interest interests number wide range various several topical pressing current "
    "further this that these those it them agenda results outcome outcomes possibility "
    "possibilities prospects"
)
# The first word of an item that is an event or a date, not a topic ("holding the next
# meeting", "in June").
TOPIC_NOT_FIRST = words("holding hold convening convene that whether how when where why")
# Subjects that name no one ("the sides discussed") or every participant ("the two ministers").
TOPIC_NO_ONE = words(
    "sides side parties party countries country delegations delegation states governments "
    "government ministry ministries participants"
)
TOPIC_EVERYONE = words(
    "they both two ministers leaders officials presidents diplomats counterparts heads premiers "
    "chairmen envoys"
)
TOPIC_PRONOUNS = words("he she")
# Endings of an adjective of a field ("economic", "cultural", "humanitarian"): a list of them
# shares the last item's noun ("trade, economic and cultural cooperation").
ADJECTIVE_ENDINGS = ("al", "ic", "ary", "ive", "ian", "ish", "ese", "ous", "ful", "ern", "an")
# Words of talk after which "on", "about" or "of" opens the topic: "held talks with Y on X",
# "the delegation held a meeting with Y on X", "briefed them on X", "informed Y about X".
TOPIC_TALK_WORDS = (
    *("talks", "meeting", "consultations", "conversation", "call", "briefed", "informed"),
    *("talked", "asked", "spoke", "met"),
)
# Words just after such an "on" that make it no topic: "met on Tuesday", "talks on the
# sidelines", "on behalf of", "on a visit", a month, a weekday.
TOPIC_ON_NOT = words(
    "sidelines margins behalf eve occasion visit official working state monday tuesday "
    "wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov "
    "dec"
) | frozenset(str(day) for day in range(1, 32))
# Nouns a list of fields shares when written once after it: "hydropower and irrigation
# projects" are hydropower projects and irrigation projects.
TOPIC_SHARED_HEADS = words(
    "projects links supplies ties relations cooperation partnership sectors industries "
    "programmes programs corridors routes plants facilities investments fields spheres areas "
    "zones ventures connections sector industry production exports imports"
)
# Words of asking after which "to" opens the topic: "asked the guests to support X", "calling
# on the U.S. side to relax X" (not an invitation: "invited Y to the forum" is an event).
TOPIC_URGE_WORDS = ("asked", "urged", "calling on", "called on", "call on", "appealed to")
