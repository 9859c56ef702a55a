"""Titles, honorifics, name particles and the words before an untitled name."""

from __future__ import annotations

from kzeu.draft.lexicon import words

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
    # "the two leaders – A and B –", "opposition leader A"; "Academician A" (a rank of science)
    "leader leaders academician "
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
# A head of mission ad interim: "Chargé d'Affaires a.i. Jan Novak", "the chargé d'affaires ad
# interim of Ruritania, Jan Novak".
TITLE_HEADS |= words("chargé chargés charge")
# The head of a region's executive in some states: "Vice-Marshal of the Ruritania Region".
TITLE_HEADS |= words("marshal")
# People of business named by what they do ("the Czech entrepreneur Jan Novak said"), without
# a plural: "Union of Industrialists and Entrepreneurs" is an organisation's name.
TITLE_HEADS |= words("entrepreneur businessman businesswoman")
# ... and the partners and founders of firms and funds ("the fund's managing partner, Jan Novak")
TITLE_HEADS |= words("partner founder co-founder")
# ... and people named by their profession in news copy ("the architect Jan Novak will design",
# "journalist Eva Horn asked"), without a plural: "the Union of Architects" is a body.
TITLE_HEADS |= words("architect engineer journalist")
# ... and professions capitalised after "Chief" or "Senior" ("formerly Chief Geologist at
# Harbour Minerals" names no one), the heads of faiths ("Grand Imam Jan Novak"; "Bishop" and
# "Cardinal" are surnames too) and wire copy's "FM" ("Deputy FM Jan Novak", as "PM")
TITLE_HEADS |= words(
    "geologist scientist strategist accountant negotiator lecturer consultant "
    "imam mufti pope patriarch rabbi fm"
)
# ... and poets and artists, and the laureates of a prize ("the writer and laureate of the
# State Prize Jan Novak")
TITLE_HEADS |= words("poet artist composer laureate")
# ... and the EU's abbreviation of its High Representative and Vice-President ("HR/VP Jan
# Novak"), read from its "VP"
TITLE_HEADS |= words("vp")
# Words that stand in for a title without saying what it is: a counterpart or a colleague is
# named ("Karlsson and her colleagues Lars Nilsson and Sofia Berg"), the title left to confirm.
STAND_IN_TITLES = words("counterpart counterparts colleague colleagues")
TITLE_HEADS |= STAND_IN_TITLES
# Words that go before a head within a title ("Deputy Prime", "Foreign").
TITLE_MODIFIERS = words(
    "deputy vice first acting foreign prime special permanent executive general senior "
    "assistant state trade finance economy economic energy defence defense interior justice "
    "agriculture transport industry health education culture high under plenipotentiary "
    "extraordinary crown presidential chief vice-prime federal resident managing commerce "
    "labour labor environment tourism research "
    # "Chargé d'Affaires a.i.", "ad interim"
    "d'affaires a.i ad interim "
    # "Parliamentary Vice-Minister", "Parliamentary State Secretary"
    "parliamentary "
    # "Press Secretary of the President", "the ministry's press officer"
    "press "
    # the grades of South Asian civil servants: "Additional Secretary", "Joint Secretary"
    "additional joint "
    # "Grand Imam", "Grand Mufti"; "Honorary Consul"
    "grand honorary"
)
# Capitalised words that are never a word of a person's name: function words that open a
# sentence, and the words of institutions and their fields (a complement's last words, "of the
# Association of Textile Enterprises Uztextileprom", are then no name).
CAPITALISED_NOT_NAMES = words(
    "The A An In At On Of For And But As It He She They We This That These Those His Her Their "
    "Its Our After Before During According "
    # forms of address in a speech or a letter: "Your Excellency, Minister Novak", "Dear Guests"
    "Your My Dear Excellency Excellencies Highness Majesty "
    # words of time that open a line after a headline ("... receives Jan Novak\nToday, ...")
    "Today Yesterday Tomorrow Tonight"
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
    "District Province Oil Gas Textile "
    # the words of companies' names ("President of Harbour Plant Engineering Jan Novak")
    "Engineering Logistics Construction Solutions Capital Investments Mining Metals Chemicals "
    "Shipping Airways Motors Electric Power Steel Telecom "
    # parties and a city's or a region's administration ("met the Auyl Party", "welcomed by the
    # Novara Akimat"), and adjectives never a given name ("Great Wall", "Grand Hyatt")
    "Party Parties Akimat Hokimiyat Khokimiyat Great Grand Royal Northern Southern Western "
    "Upper Lower Greater"
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
# Nouns of a body's office abroad, after its capitalised name in a lower-case title: "the head
# of the World Bank office in Prague, Jan Novak".
OFFICE_NOUNS = words("office mission representation branch bureau delegation")
# Small words inside a name: "Ursula von der Leyen", "Khalid bin Saeed Al Mansoori".
NAME_PARTICLES = words(
    "von van der de den del al el bin bint ibn da di du la le ter ten dos das "
    # South Asian names written with the particle apart: "Imran ul Haq", "Zia ud Din"
    "ul ud ur"
)
# Lower-case prefixes joined by a hyphen to the capitalised rest of a name word, in Arabic and
# South Asian names as wire copy spells them: "Fuad al-Hussein", "Abdel Fattah el-Sisi",
# "Zia ul-Haq", "Salah ad-Din".
NAME_PREFIXES = words("al el ul ud ad ar as ash at az an ibn bin abu abd")
# Capitalised words of buildings, venues and programmes: never a person's name, so that a title
# before them names no one ("the President Hotel", "Minister ... at the Grand Palace Hotel",
# "the Global Gateway Initiative"). Words that are also common surnames (Park, Hall, Day) are
# left out.
FACILITY_WORDS = words(
    "Hotel Hotels Resort Airport Stadium Arena Museum Theatre Theater Opera Gallery Library "
    "Plaza Boulevard Avenue Building Complex Residence Mansion Pavilion Expo Exhibition "
    "Station Terminal Campus Hospital Clinic Cathedral Mosque Temple Monument Memorial "
    "Initiative Programme Program Strategy Agenda Gateway Corridor Route Declaration Treaty "
    "Accord Pact Charter Protocol Memorandum Roadmap Week Festival Olympics Championship "
    # streets and squares named after people: "Sheikh Zayed Road", "Abai Avenue", "Rashid
    # Square" name a place, not the person
    "Road Street Highway Square Embankment Prospekt Prospect "
    # ... and the other works a ruler or a founder gives a name to: "Sheikh Jan Novak
    # Causeway", "the Tun Novak Exchange", "the Jan Novak Bridge", "Novak Twin Towers"
    # ("Tower", "Dam" and "Pier" are surnames or given names too, and left out)
    "Causeway Exchange Bridge Tunnel Canal Quay Wharf Towers Fortress Mall "
    # ... and the quarters of a city so named: "Sheikh Novak Medical City"
    "City"
)
# Capitalised words of companies' names beside INSTITUTION_WORDS, never a word of a person's name:
# "Air Harbour said", "Harbour Petroleum announced", "Northwind Holdings told reporters" name no
# one.
COMPANY_WORDS = words(
    "Air Petroleum Petrochemical Petrochemicals Pharma Pharmaceuticals Automotive Insurance "
    "Securities Holdings Ventures Media Technology Technologies Tech Foods Cement Minerals "
    "Uranium Aluminium Aluminum Refinery Energo Agro Logistic Invest Bancorp Airport Cargo "
    "Telecommunications Networks Semiconductor Semiconductors Shipyard Fertilizers Textiles "
    # finance and trade houses: "Falcon Gulf Capital", "Steppe Ratings", "Kyzylkum Metals"
    "Capital Leasing Ratings Logistics Metals Mining Investments Consulting "
    # ... and the metals and fuels a mining or energy firm is named after: "Harbour Lithium
    # said", "Steppe Copper announced" ("Gold", "Silver" and "Cotton" are surnames too)
    "Lithium Copper Nickel Zinc Cobalt Coal Hydrogen Solar Renewables "
    # ... hubs, ports and newspapers: "hosted by Novara Hub", "received Aktau Port", "spoke with
    # Steppe Times" ("Post" is a surname too)
    "Hub Port Ports Times Herald Tribune Gazette Journal Daily "
    # ... and research houses: "Halyk Research noted", "Steppe Analytics said"
    "Research Analytics Advisory Consultancy Economics "
    # a firm's legal form after its name: "Harbour Enerbility Co.", "Harbour Steel Corp"
    "Co Corp Inc Ltd LLC LLP JSC PLC GmbH"
)
# Capitalised words of bodies, honours and events named after a person: a name (or a title and
# a name, "King Aldric Institute", "King Rodmar Center") right before one names the body, not
# the person ("Aldric Khan University", "the Aldric Readings", "the Rodmar Fund"), and the word
# itself is never a name ("the Russian-Kyrgyz Expert Club").
NAME_AFTER_WORDS = words(
    "Institute Institution University Academy Centre Center Foundation Fund School Lyceum "
    "College Conservatory Philharmonic Prize Award Medal Scholarship Readings Club Society Cup "
    "League "
    # ... and their plurals: "Nazarbayev Intellectual Schools", "the Aldric Foundations"
    "Institutes Universities Academies Centres Centers Foundations Funds Schools Lyceums "
    "Colleges Prizes Awards Medals Scholarships"
)
# Vietnamese family names, written first: a name of three or four words that starts with one is
# whole ("Nguyen Thi Thanh Ha", "Bui Thanh Son"), not a complement's word and a name of two.
FAMILY_NAMES_FIRST = words(
    "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Trinh Dinh Lam Mai"
)
# Endings of long common nouns, never a name's ("Internationalisation", "Decarbonization",
# "Enlargement", "Hydrology", "Partnerships", "Relations"): a title's field written in capitals
# ("Secretary of State for Internationalisation João Paulo Vasconcelos", "Commissioner for
# International Partnerships Jan Novak"), so a name never starts on one, and a name before
# one names a thing ("Eastern Partnership"). Applied to words of NOUN_ENDING_LENGTH letters or
# more ("Clement" stays a name).
NOUN_ENDINGS = ("tion", "sion", "ment", "ology", "ism", "ities", "tions", "sions", "ship", "ships")
NOUN_ENDING_LENGTH = 8
# Letters after a name, as British and Commonwealth copy writes them: "Anna Holm MP said",
# "Sir Oliver Penrose KBE".
POST_NOMINALS = words("MP MEP MSP OBE CBE KBE DBE MBE QC KC PhD")
# Words in capitals that may follow a name and are no surname in capitals ("Helena VIRTANEN"
# is a name; "Jan Novak CEO", "Anna Holm OBE", "Ali Demir NATO" end at the name).
CAPITALS_NOT_SURNAMES = words(
    "CEO CFO COO CTO CIO OBE CBE KBE DBE MBE PHD MBA MEP NATO OSCE UNDP UNICEF UNESCO UNECE "
    "UNHCR UNIDO IAEA WHO WTO IMF EBRD AIIB EIB OPEC ASEAN EAEU CSTO CICA OECD FAO IFAD IFC "
    "USAID JICA KOICA GIZ TIKA AFP TASS AKIPRESS KAZINFORM XINHUA REUTERS AZERTAC ANADOLU UZA "
    "QNA WAM KABAR KHOVAR TREND IANS AKORDA NEW AND THE FOR WITH "
    # a monarch's or a family's ordinal: "Rodmar III", "Jan Novak II"
    "II III IV VI VII VIII IX XI XII"
)
# Honorifics that stand before a name, in lower case without their full stop.
# "Sir" and "Dame" are British honorifics before a given name: "Sir Martin Greaves" is Martin
# Greaves, and "Sir Martin" later the same man.
HONORIFICS = frozenset(("mr", "ms", "mrs", "dr", "prof", "shri", "smt", "eng", "sir", "dame"))
# ... and the religious honorifics of South and Central Asian copy: "Mawlawi Jan Karim ...",
# "Maulana ...", "Mullah ...", "Haji ..." (the name is what follows them)
HONORIFICS |= frozenset(("mawlawi", "maulvi", "maulana", "mullah", "mulla", "haji", "hajji"))
# ... and Pakistani copy's "Begum" and "Chaudhry", a lady's "Madam", "Madame", "Mme" ("Madam
# Li Hua"; "Madam Chair" names no one: a title follows)
HONORIFICS |= frozenset(("begum", "chaudhry", "madam", "madame", "mme"))
# Honorifics abbreviated as a digraph initial is ("Ch."): one only before a given name and a
# surname ("Ch. Jan Novak", Chaudhry); before an initial or a surname alone it is an initial
# ("Ch. T. Novakov", "Ch. Novakov").
FULL_NAME_HONORIFICS = frozenset(("ch",))
# Initials of two letters, one sound of a transliterated Cyrillic name: "Ch. T. Novakov",
# "Zh. Demirov", "Sh. Novak" (written as a capital and a small letter before a full stop).
DIGRAPH_INITIALS = frozenset(("Ch", "Sh", "Zh", "Kh", "Ts", "Yu", "Ya", "Ye", "Yo", "Dzh"))
# Honorifics of a chain before a name, beside HONORIFICS: "H.E. Sheikh ...", "His Excellency Mr
# ...", "H.H. Sheikha ..."; abbreviations (lower case, without their last full stop), styles
# of address (two words) and the Gulf's honorific titles.
CHAIN_ABBREVIATIONS = frozenset(("h.e", "h.h", "h.r.h", "h.m", "h.s.h"))
# ... and written without full stops, in capitals only ("HE Minister ..."; "He" is a word)
CHAIN_CAPITALS = frozenset(("HE", "HH", "HRH"))
CHAIN_STYLES = frozenset(
    (owner, style)
    for owner in ("his", "her", "their")
    for style in ("excellency", "excellencies", "highness", "majesty", "royal")
)
CHAIN_TITLES = frozenset(("sheikh", "sheikha", "shaikh", "shaikha"))
# Malaysian honorifics, alone or in a chain before a name: "Datuk Seri Jan Novak", "Tan Sri
# Dato' Sri Jan Novak", "Dato' Eva Lim"; a style of two words ("Tan Sri") is read as one, so
# "Tan" and "Sri" stay names elsewhere; "Utama" ends the highest style ("Dato' Seri Utama")
HONORIFICS |= frozenset(("datuk", "dato", "dato'", "dato’", "datin", "tun", "utama"))
CHAIN_STYLES |= frozenset(
    (first, second)
    for first in ("tan", "puan", "datuk", "dato", "dato'", "dato’", "datin", "toh")
    for second in ("sri", "seri", "puan")
    if first != second
)
# --- people named with no title ----------------------------------------------------------------

# Lower-case nouns of groups of people after capitalised words, which make those words a place's
# or a body's name, not a person's: "met Kok Tobe residents", "met Harbour Bank officials".
GROUP_NOUNS = words(
    "officials representatives residents executives employees staff students investors "
    "entrepreneurs businessmen workers managers experts authorities partners volunteers "
    "citizens farmers journalists "
    # "met Harbour School graduates", "Novara Opera soloists"
    "graduates alumni pupils teachers soloists tenants"
)
# Labels that open a credit line, before a colon: the people on it are the issuer's or the
# outlet's (a press contact, an author, a photographer), not the report's: "Contact: Jan Novak,
# press officer", "Media contact: …", "Photo: …".
CREDIT_LABELS = words("contact contacts author authors photo photos text source editor credit")
# ... and the words that may stand before such a label: "Press contact:", "Media contacts:"
CREDIT_QUALIFIERS = words("press media")
# ... and a line that links other stories of the site ("Read also: …", "See also:", "Related:",
# "Also read:", "Tags:") or gives a press contact ("For media enquiries: Jan Novak, …")
CREDIT_LABELS |= words("also more related read tags enquiries inquiries queries")
CREDIT_QUALIFIERS |= words("read see also")
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
        "greeted co-chaired co-hosted"
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
# A person's role (``people/ID.role``) is kept to this many characters, the shipped style.
ROLE_LENGTH = 90
# Verbs of speech a role reads beside SPEECH_VERBS: "Novak commented", "Novak warned".
ROLE_SPEECH_VERBS = words("commented warned argued believes believed")
# --- affiliations -------------------------------------------------------------------------------

# The last or a main word of an organisation's name that is not a state's body: a title that
# names one ("CEO of Northwind Cargo LLP", "fellow at the Policy Institute") gives it as the
# person's affiliation. A state's own body ("National Bank", "Legislative Chamber"), a word of
# STATE_BODY_WORDS before the head, is the state's.
ORGANISATION_HEADS = words(
    "Group LLP LLC GmbH AG JSC PJSC Ltd Inc Plc Corporation Company Holding University Institute "
    "Centre Center Association Chamber Bank Fund Academy Confederation Federation Foundation "
    "Railways Airlines Port Organization Organisation Union Assembly Council Board"
)
STATE_BODY_WORDS = words(
    "National Central Reserve State Legislative Upper Lower Supreme Security Federal"
)
# Heads of schools after a word of STATE_BODY_WORDS: "Novara State University", "Ruritanian
# National University", "National Academy of Sciences" are organisations, not a state's bodies.
SCHOOL_HEADS = words("University Academy Institute Conservatory")
# Titles of the institutions of the EU: their holders' affiliation is "EU" (a title naming the
# union itself gives it as a country would, its spelling then set by AFFILIATION_SPELLINGS).
EU_BODIES = (
    "European Council",
    "European Commission",
    "European Commissioner",
    "European Parliament",
    "European External Action Service",
    "EU Delegation",
    "EU Special Representative",
    "High Representative of the Union",
)
# Titles the EU gives for a field or a region with no body named ("Commissioner for Trade",
# "Special Representative for Central Asia"): in a report that names the EU, the EU is proposed
# (listed); elsewhere a state's commissioner or a president's envoy is as likely. The EU's names
# are the gazetteer's (``places.AFFILIATIONS``: "EU", "European").
EU_FIELD_TITLES = ("Commissioner for ", "Special Representative for ", "High Representative for ")
# The affiliation as the corpus spec (tests/fixtures/reports/README.md) writes it: "EU" for the
# union (the gazetteer's name for "EU" written short), "South Korea" for the Republic the
# gazetteer calls "Korea" ("Korean").
AFFILIATION_SPELLINGS = {"EU": "EU", "Korea": "South Korea"}
# Words between a country's possessive and a title: "Ruritania's interim Minister".
POSSESSIVE_MODIFIERS = words("interim acting new former outgoing incoming then")
# The nouns of one side of talks: "the Ruritanian side was led by", "the Ruritanian delegation
# included".
SIDE_NOUNS = words("side delegation delegations team")
# The words of a title held in a state's government or legislature: an official so titled, with
# no country named, is proposed the host country's ("Minister of Finance", "Speaker of the ...").
STATE_TITLE_WORDS = words(
    "minister ministers vice-minister ministry ministry's premier prime vice-premier speaker "
    "cabinet government parliament senate governor mayor akim hokim khokim hakim spokesperson "
    "spokesman spokeswoman state undersecretary under-secretary "
    # the bodies and members of a state's administration and legislature, named without their
    # country ("Chairman of the National Investment Agency", "Chairwoman of the Committee on
    # International Affairs", "Director-General for Foreign Trade Policy", "Deputies A and B")
    "agency committee national legislative assembly department directorate director-general "
    "deputies senator senators mp mps parliamentarian parliamentarians lawmaker lawmakers "
    "legislator legislators ombudsman"
)
# ... and words of such a title only when it names no body ("President Jan Novak", not
# "President of Harbour Plant Engineering").
STATE_TITLE_WORDS_ALONE = words("president vice-president secretary")
# Lower-case words of craft and vessels: a capitalised run right after one ("the ferry Professor
# Gul", "aboard the tanker Aral Star", "the icebreaker Kapitan Dranitsyn") is the vessel's name,
# never a person's, title or no title. "Carrier" and "liner" are left out: "the carrier" names
# an airline, a firm found apart.
VESSEL_WORDS = words(
    "ferry ferries ship ships vessel vessels tanker tankers freighter icebreaker yacht frigate "
    "cruiser destroyer corvette barge tug tugboat steamer submarine boat schooner airliner mv"
)
