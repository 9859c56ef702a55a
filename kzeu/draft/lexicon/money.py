"""Currencies, number and scale words, and the words around a figure."""

from __future__ import annotations

from kzeu.draft.lexicon import words

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
# --- figures ------------------------------------------------------------------------------------

# Words that tell of what is wanted or foreseen, not what is: a figure in their clause is a
# target or forecast ("expected turnover to reach $1 billion", "will invest $2 billion").
INTENT_WORDS = words(
    "expect expects expected expecting expectation expectations aim aims aimed aiming target "
    "targets targeted targeting plan plans planned planning goal goals objective objectives "
    "forecast forecasts forecasted forecasting projected projection projections intend intends "
    "intended intention seek seeks seeking hope hopes hoped will would shall could should "
    "potential potentially envisage envisages envisaged agree agrees agreed pledge pledges "
    "pledged commit commits committed vow vows vowed promise promises promised propose proposes "
    "proposed proposing proposal doubling tripling"
)
INTENT_PHRASES = (
    *("set to", "ready to", "to reach", "to raise", "to increase", "to bring", "to boost"),
    *("to double", "to triple", "to expand", "to grow", "to hit", "to lift"),
    # "focused on raising trade to", "aimed at bringing": not "..., bringing turnover to"
    *("on raising", "on bringing", "on boosting", "on increasing", "at raising", "at bringing"),
    *("at boosting", "at increasing"),
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
# Words that end a noun phrase read back from a figure, beyond STATISTIC_ID_SKIP: verbs before
# their object ("to develop projects worth ..."), so that a label is the noun phrase alone.
LABEL_STOPS = words(
    "develop build supply implement sign approve finance undertake study attract consider "
    "present fund launch create open support review discuss include includes agree agrees "
    "welcome welcomes plan plans ready brought made won annually each until till run runs "
    "operate operates own owns hold holds"
)
# Words of STATISTIC_ID_SKIP that are nouns in a label: "a grant component of €8 million".
LABEL_NOUNS = words("grant grants")
# Nouns that say what money is for after "in": "$6 billion in loans", "¥2 billion in grants".
MONEY_NOUNS = words(
    "loans loan grants grant credits credit aid assistance financing funding contracts deals "
    "investments investment projects"
)
# Verbs that tie a figure to the subject of its clause ("assistance has exceeded $2 billion",
# "the project is estimated at", "freight grew by 14 percent"): the subject is its label.
SUBJECT_VERBS = words(
    "exceeded exceeds exceed reached reaches amounted amounts amount totalled totaled totals "
    "total stood stands estimated cost costs grew grows rose rises risen fell falls fallen "
    "declined declines decreased decreases increased increases"
)
# Nouns of bodies that a word of flow may qualify ("Sea Trade Port", "Direct Investment Fund",
# "an investment company"): a flow word before one of them names a body, not a flow.
FLOW_NAME_HEADS = words(
    "Port Ports Organization Organisation Centre Center Zone Zones House Mission Office Bank "
    "Union Council Ministry Agency Fund Forum Representation Commission Facility Corporation "
    "Company Committee Association Chamber Board Authority Companies Firm Firms Funds Banks"
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
    "square percent teu km mw gw kw kwh mwh gwh twh bcm ha"
)
# Units written as abbreviations after a number, counted as they are ("240,000 TEU", "500 MW").
COUNT_UNITS = words("km MW GW kW kWh MWh GWh TWh bcm ha TEU")
# Words that hedge a figure, kept as its qualifier ("more than $2 billion"), in the order tried.
QUALIFIERS = (
    *("more than", "over", "nearly", "almost", "about", "around", "some", "at least", "up to"),
    *("exceeded", "exceeds", "exceeding", "exceed", "approximately", "roughly", "close to"),
    *("less than", "fewer than", "under", "above", "below", "just over", "just under"),
)
# --- figures: what stands before a number ---------------------------------------------------------

# Nouns before a number that name a thing by its number, not count it ("Resolution 2231",
# "Flight 204", "ranked 12"), in the order the pattern tries them.
NUMBERED_NOUNS = (
    *("number", "resolution", "decree", "law", "article", "order", "protocol", "section"),
    *("paragraph", "chapter", "page", "room", "hall", "building", "flight", "route", "terminal"),
    *("gate", "phase", "stage", "level", "rank", "ranked"),
)
# --- labels read from a figure's sentence ---------------------------------------------------------

# Verbs (and auxiliaries) that end the subject of a figure's clause, beyond SUBJECT_VERBS: the
# words before the first of them name what the figure is ("Exports of timber fell ...").
CLAUSE_VERBS = words(
    "is are was were has have had will would could can may might should shall be been being "
    "added adds carried carries produced produces accounted accounts made makes moved moves "
    "showed shows reported reports climbed climbs dropped drops jumped jumps surged slipped "
    "plunged hit hits remained remains topped tops doubled tripled needs need require requires "
    "required expected plans planned aims aimed intends"
)
# Verbs of a figure's clause that say what it is, as the noun a label is made of: "is expected
# to cost $6 billion" -> "Cost", "would allocate $24 million for ..." -> "Funding".
VERB_NOUNS = {
    **dict.fromkeys(("cost", "costs", "costing"), "Cost"),
    **dict.fromkeys(("produce", "produces", "produced", "producing"), "Output"),
    **dict.fromkeys(("supply", "supplied", "supplying"), "Supplies"),
    **dict.fromkeys(("ship", "shipped"), "Shipments"),
    **dict.fromkeys(("carry", "carries", "carried", "carrying"), "Volume carried by"),
    **dict.fromkeys(("handle", "handles", "handled", "handling"), "Volume handled by"),
    **dict.fromkeys(("allocate", "allocates", "allocated", "allocating"), "Funding by"),
    **dict.fromkeys(("provide", "provides", "provided", "providing"), "Funding by"),
    **dict.fromkeys(("mobilise", "mobilised", "mobilize", "mobilized"), "Funding by"),
    **dict.fromkeys(("earmark", "earmarked", "spend", "spends", "spent"), "Spending by"),
    **dict.fromkeys(("lend", "lends", "lent", "lending"), "Lending by"),
    **dict.fromkeys(("commit", "commits", "committed"), "Commitments by"),
    **dict.fromkeys(("need", "needed", "require", "requires", "required"), "Need"),
    **dict.fromkeys(("sell", "sells", "sold", "selling"), "Sale price"),
    **dict.fromkeys(("buy", "buys", "bought", "buying"), "Purchase price"),
    **dict.fromkeys(("co-finance", "co-finances", "co-financed"), "Co-financing by"),
    **dict.fromkeys(("finance", "finances", "financed", "financing"), "Financing by"),
}
# Nouns after a per cent that say what it is: "a 24% stake in ...", "a 10 percent share of".
PERCENT_NOUNS = words("stake stakes share shares interest holding")
