"""The words of agenda items: the verbs that introduce them and their heads."""

from __future__ import annotations

from kzeu.draft.lexicon import words

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
    *("see great potential in", "sees great potential in", "saw great potential in"),
    *("see potential in", "sees potential in", "saw potential in"),
    *("with particular attention to",),
    *("particular attention to", "special attention to", "recommended", "promised"),
    # what both sides aim at ("the two countries intend to raise bilateral trade")
    *("agreed to raise", "agree to raise", "aim to raise", "aims to raise", "intend to raise"),
    *("agreed to increase", "intend to bring", "intend to increase", "agreed to bring"),
    *("set a target of", "set the target of", "agreed to work towards"),
    *("agreed to work toward",),
    *("agreed to set up", "agreed to establish", "agreed to create", "agreed to launch"),
    # one side's readiness counts for these verbs only ("is ready to expand trade")
    *("ready to expand", "ready to develop", "ready to strengthen", "ready to deepen"),
    *("readiness to expand", "readiness to develop", "readiness to strengthen"),
    *("ready to increase", "readiness to increase"),
    # what a gathering was given to ("a video conference devoted to direct flights")
    *("devoted to", "dedicated to"),
    *("willing to expand", "willing to develop", "willing to strengthen", "wants to expand"),
    # the agenda named with its gathering ("the agenda of the meeting included:")
    *("the agenda of the meeting included", "the agenda of the talks included"),
    *("the agenda of the meeting covered", "the agenda of the talks covered"),
    *("the agenda of the consultations included", "the meeting's agenda included"),
    # what one side suggests or offers, or draws attention to ("He suggested simplifying ...")
    *("suggested", "offered", "highlighted"),
    *("drew attention to", "drew particular attention to", "drew special attention to"),
    *("draw attention to", "drawing attention to", "drew the attention of the sides to"),
    *("raised issues of", "raised questions of", "raised problems of", "raised the issues"),
)
# Phrases after what was on the agenda, which stands before them: "issues of water use were
# discussed".
TOPIC_PASSIVES = (
    *("was discussed", "were discussed", "was also discussed", "were also discussed"),
    *("was considered", "were considered", "was reviewed", "were reviewed"),
    *("was raised", "were raised", "were touched upon", "was touched upon"),
    *("was on the agenda", "were on the agenda", "were also on the agenda"),
    *("would be on the agenda", "will be on the agenda", "will also be on the agenda"),
    *("was also considered", "were also considered", "was also reviewed", "were also reviewed"),
    *("was also raised", "were also raised", "were also touched upon", "was also touched upon"),
    # what stood first among them ("Prospects for ... were at the heart of the talks")
    *("was at the heart of the talks", "were at the heart of the talks"),
    *("was at the centre of the talks", "were at the centre of the talks"),
    *("was at the center of the talks", "were at the center of the talks"),
    *("was at the heart of the discussions", "were at the heart of the discussions"),
    *("was high on the agenda", "were high on the agenda", "dominated the talks"),
)
# Verbs before "agenda" that put the words before them first on it, with up to two words
# between: "Green corridor for fruit tops Uzbek-Kazakh agenda", "Water dominated the agenda".
TOPIC_AGENDA_HEADS = ("tops", "top", "topped", "dominates", "dominated", "dominate")
# Words before a topic verb that make it no verb of the agenda: "is considered a partner", "the
# proposed project".
TOPIC_PARTICIPLES = words(
    "considered proposed reviewed discussed offered explored raised suggested highlighted"
)
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
    "possibilities prospects following group groups set among things inter alia two three four "
    "ways means to its their his her progress "
    "five six seven"
)
# The first word of an item that is an event or a date, not a topic ("holding the next
# meeting", "in June").
TOPIC_NOT_FIRST = words(
    "holding hold convening convene meeting meet that whether how when where why what around "
    "about nearly almost some up over"
)
# Subjects that name no one ("the sides discussed") or every participant ("the two ministers").
TOPIC_NO_ONE = words(
    "sides side parties party countries country delegations delegation states governments "
    "government ministry ministries participants"
)
TOPIC_EVERYONE = words(
    "they both two ministers leaders officials presidents diplomats counterparts heads premiers "
    "chairmen envoys parliamentarians lawmakers legislators deputies mps"
)
TOPIC_PRONOUNS = words("he she")
# Endings of an adjective of a field ("economic", "cultural", "humanitarian"): a list of them
# shares the last item's noun ("trade, economic and cultural cooperation").
ADJECTIVE_ENDINGS = ("al", "ic", "ary", "ive", "ian", "ish", "ese", "ous", "ful", "ern", "an")
# Words of talk after which "on", "about" or "of" opens the topic: "held talks with Y on X",
# "the delegation held a meeting with Y on X", "briefed them on X", "informed Y about X".
TOPIC_TALK_WORDS = (
    *("talks", "meeting", "consultations", "conversation", "call", "briefed", "informed"),
    *("talked", "asked", "spoke", "met", "video conference", "videoconference"),
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
# on the U.S. side to relax X", "is willing to work with Y to advance X" (not an invitation:
# "invited Y to the forum" is an event).
TOPIC_URGE_WORDS = (
    *("asked", "urged", "calling on", "called on", "call on", "appealed to"),
    # one side's readiness to act with the other ("China is willing to work with Y to advance X")
    *("willing to work with", "ready to work with"),
)
# Words of hoping after which "would" or "will" opens the wish: "hoped that the Vietnamese side
# would support the opening of a direct flight" (what one side wishes the other to do).
TOPIC_HOPE_WORDS = ("hoped", "hopes", "expressed hope", "expressed the hope")
# The verbs of such a wish that ask something of the other side ("would support", not "would
# remain a key partner").
TOPIC_HOPE_VERBS = words(
    "support consider facilitate join participate expand develop speed finance"
)
