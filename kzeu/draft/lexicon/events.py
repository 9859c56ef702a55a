"""The words of meetings, event names and kinds, and of places."""

from __future__ import annotations

from kzeu.draft.lexicon import words

# --- events -------------------------------------------------------------------------------------

# Phrases that say a meeting took place, tried in this order (``meetings._MEETING`` adds the
# forms with a variable part: "talks in Seoul between", "held their 20th meeting", calls).
MEETING_PHRASES = (
    *("met", "meets", "meet with", "held talks", "holds talks", "hold talks", "held a meeting"),
    *("holds a meeting", "received", "receives", "at a meeting", "during a meeting"),
    *("during talks", "after meeting", "talks between", "talks with", "meeting with"),
    *("met with", "meeting between"),
    *("held discussions with", "had discussions with", "holds discussions with"),
    *("consultations between", "consultations with", "negotiations with", "negotiations between"),
    *("held negotiations", "hold negotiations", "holds negotiations"),
    # "held another round of talks" (the next, previous or last round is another: ``meetings``)
    *("round of talks", "round of negotiations", "round of consultations"),
    # a meal as a meeting: "hosted a working lunch for", "a working dinner with"
    *("working lunch", "working dinner", "working breakfast"),
    *("business breakfast", "business lunch", "business dinner"),
    # an official meal or reception for a guest: "hosted an official dinner in honour of", "gave
    # a state banquet for" (not "a warm reception")
    *("official dinner", "state dinner", "state banquet", "official reception", "gala dinner"),
    *("official luncheon", "dinner in honour of", "reception in honour of", "banquet in honour of"),
    *("luncheon in honour of", "dinner in honor of", "reception in honor of"),
    # a conversation face to face, an audience: "had a conversation with", "sat down with"
    *("had a conversation with", "held a conversation with", "sat down with"),
    *("had an audience with", "gave an audience to", "granted an audience to"),
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
    "Consultation": "meeting",
    "Subcommittee": "commission",
    "Seminar": "conference",
    "Workshop": "conference",
    # an investment roadshow tours with a programme of presentations, as a forum
    "Roadshow": "forum",
    "Meetings": "meeting",  # "the Annual Meetings of the Bank"
}
# Words that end an event's name though they give no kind of their own.
EVENT_WORDS = frozenset(EVENT_KINDS) | words("Expo Exhibition Roundtable Symposium Convention")

# Events named by their kind in lower case ("a business forum in Namangan", "the working group on
# trade", "the summit in 2025"): the kind word and the kind it gives, the longest tried first.
KIND_WORDS = {
    "business council": "business council",
    "working group": "working group",
    # a group of experts or a task force meets as a working group; a subcommittee is a commission's
    "expert group": "working group",
    "task force": "working group",
    "subcommittee": "commission",
    "sub-committee": "commission",
    "round table": "round table",
    "roundtable": "round table",
    "ministerial meeting": "ministerial",
    # "the annual Caspian transport ministers' meeting"
    "ministers' meeting": "ministerial",
    "ministers’ meeting": "ministerial",
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
    "roadshow": "forum",
    # a seminar or workshop is a conference of specialists: "a seminar on customs procedures"
    "seminar": "conference",
    "workshop": "conference",
    # meetings of a format of their own, named by it: "a trilateral meeting of foreign
    # ministers in Kars", "the Consultative Meeting of the heads of state"
    "trilateral meeting": "meeting",
    "quadrilateral meeting": "meeting",
    "consultative meeting": "meeting",
    "policy consultation": "meeting",
    "policy consultations": "meeting",
    # a festival of a country's culture, as a forum: "Days of Culture of Lanka", "the Lankan
    # culture days" ("days of Lankan culture": ``kind_events``)
    "days of culture": "forum",
    "culture days": "forum",
    # meetings of officials named by their format: "an interagency meeting on transit", "a
    # technical meeting on customs", "the annual meeting of the Asian Development Bank"
    "interagency meeting": "meeting",
    "inter-agency meeting": "meeting",
    "interdepartmental meeting": "meeting",
    "technical meeting": "meeting",
    "expert meeting": "meeting",
    "expert-level meeting": "meeting",
    "annual meeting": "meeting",
    "annual meetings": "meeting",
    # a meeting named by who meets: "the meeting of the heads of government of Lanka and
    # Velmora", "a meeting of the heads of state of the region" (``MEETINGS_BY_WHO``)
    "meeting of the heads of government": "meeting",
    "meeting of the heads of state": "meeting",
    # a dialogue held as a format of its own ("the second round of the strategic dialogue", "the
    # high-level dialogue on water, which Lindor will host"), a meeting; only with words that
    # hold it (``DIALOGUE_HELD``): "political dialogue" alone is a relation, not a gathering
    "dialogue": "meeting",
}
# A meeting told by its format ("a tete-a-tete meeting of the co-chairs"): one of its own when
# no meeting is told of before it, else that meeting's format (``meetings``).
MEETING_FORMATS = ("tete-a-tete", "tête-à-tête", "one-on-one", "face-to-face")
# Whom someone travels "to meet": "to meet Uzbek officials", "will meet his counterpart"
# (``meetings``; not "to meet demand" or "to meet EU standards").
MET_WHOM = words(
    "officials counterpart counterparts leaders ministers minister president delegation "
    "ambassador representatives"
)
# The people a meeting "of the …" is of, not a body's: "a tete-a-tete meeting of the co-chairs",
# "a meeting of the two ministers" (``meetings``).
WHO_MEET = words("co-chairs ministers heads leaders delegations presidents two")
# Kind words of a meeting named by who meets: the meeting its sentence tells of, told by them.
MEETINGS_BY_WHO = ("meeting of the heads of government", "meeting of the heads of state")
# Kind words that name a gathering only when words around them hold it: a round, a session or a
# meeting of it, a verb of chairing, hosting or attending before it, its being held after it.
HELD_ONLY_KINDS = frozenset(("dialogue",))
HELD_BEFORE = (
    *("co-chaired", "co-chair", "co-chairs", "chaired", "chair", "chairs", "hosted", "host"),
    # not "held": "held an open dialogue on energy" tells how they talked
    *("hosts", "attended", "attend", "attends", "opened", "opens", "convened", "took part in"),
    *("take part in", "participated in", "participate in", "at"),
    *("during", "ahead of", "round of", "session of", "meeting of", "sitting of"),
)
HELD_AFTER = (  # "held" itself: ``kind_events._HELD_AFTER``
    *("take place", "took place", "takes place"),
    *("convened", "convenes", "will convene", "host", "hosts", "hosted", "opened", "opens"),
)
# Kind words in the plural after a list of names ("the SCO and BRICS summits"): the word in the
# singular each name takes, and the kind it gives.
LISTED_KINDS = {
    "summits": ("summit", "summit"),
    "forums": ("forum", "forum"),
    "conferences": ("conference", "conference"),
    "ministerials": ("ministerial", "ministerial"),
    "business forums": ("business forum", "forum"),
}
# Kinds that name a gathering of their own without other words: "what was called a consultative
# meeting", "a trilateral meeting took place".
SELF_NAMING_KINDS = (
    *("trilateral meeting", "quadrilateral meeting", "consultative meeting", "days of culture"),
    *("culture days", "interagency meeting", "inter-agency meeting", "interdepartmental meeting"),
    *("technical meeting", "expert meeting", "expert-level meeting"),
)
# Words that stand before a kind word without describing the event: articles, possessives,
# ordinals and the words of timing and sequence ("the next", "its first", "an upcoming").
KIND_LEADS = words(
    "a an the this that these its their his her our next upcoming forthcoming previous last "
    "first second third fourth fifth sixth seventh eighth ninth tenth new recent annual regular "
    "first-ever inaugural maiden "
    "countries' sides' two"
)
# The words that end the words describing an event before its kind word (links, verbs).
KIND_STOPS = words(
    "of in on at to for with by from and or as that which whose than into during after before "
    "is are was were be will would every each any "
    # a verb before the kind word: a headline's "A and B hold round table on …"
    "hold holds held host hosts hosted attend attends attended open opens opened"
)
# A kind word after these names no one gathering: "every session ends with …".
KIND_GENERIC = words("every each any")
# The words that end a complement after a kind word ("working group on trade | in Bishkek").
COMPLEMENT_STOPS = words(
    "in at to for with by was were is will would which that who held met during from after on "
    "said says has have had "
    # verbs not ending in "-ed" and words of a clause after the name ("the working group on
    # critical raw materials took place")
    "took takes take brought began begins opens meets gathers can could should may also as "
    "under between among since until where when before ahead"
)
# Kind words also read capitalised ("the High-Level Working Group on Energy"): the other kind
# words, capitalised, end the names that ``named_events`` reads.
KIND_WORDS_ANY_CASE = (
    *("working group", "round table", "days of culture", "culture days", "expert group"),
    "task force",
)
# Words before an event named by its kind that make a later mention another gathering of it
# ("the next meeting of the working group", "the third interregional conference").
KIND_AGAIN = words("next upcoming forthcoming previous second third fourth fifth new")
# A conference after these is something else: "a press conference", "a video conference" (a
# meeting), "the Security Council" is capitalised and never read here; "a virtual summit" is a
# summit held online.
KIND_NOT_EVENTS = words("press news video telephone phone online virtual")
KIND_NOT_EVENTS_OF = frozenset(("conference", "session", "briefing"))
# Words just before a body that is proposed or set up, not meeting: "proposed setting up a
# working group on transit tariffs".
KIND_SET_UP = (
    *("setting up", "set up", "establish", "establishing", "established", "creation of"),
    *("create", "creating", "form", "forming", "establishment of", "formation of"),
)
# The same after the kind word: "a joint business council will be established".
KIND_SET_UP_AFTER = ("established", "created", "set up", "formed")
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
    *("to organise", "to organize", "to arrange", "to convene"),
    # put off, still to come: "was postponed to July", "has been rescheduled for the autumn"
    *("postponed", "put off", "rescheduled"),
)
# The words of a line that introduces a list of gatherings still to come ("prepared the
# following meetings of the coming months:", "The programme of the visit includes:"): its items
# that have no word of time of their own are to come.
LIST_TO_COME = (
    *("coming months", "coming weeks", "coming days", "months ahead", "weeks ahead"),
    *("includes", "include", "will include", "provides for", "envisages", "is to include"),
)
HELD_WORDS = (
    *("was held", "were held", "held", "took place", "opened", "recently", "last week"),
    *("met", "previous", "sidelines of", "margins of", "has brought together", "co-chaired"),
    *("brought together", "convened", "concluded", "ended", "last month", "earlier this"),
    *("attended", "took part in", "participated in"),
)
# Family names written first and used alone after: Chinese and Korean ones ("Li Anmin" ... "Li
# said", "Kim Dahye"), and those with a Turkic or Slavic surname's ending before a given name
# ("Berdiyev Aman"). A meeting's people are found by them, and its name composed of them
# ("the Novak–Kim call").
FAMILY_FIRST = words(
    "Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin Gao Luo Zheng "
    "Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Ye Cheng Wei "
    "Su Ding Ren Shen Yao Cui Zhong Tan Fan Shi Liao Jia Xia Fu Fang Bai Zou Meng Xiong Qin Qiu "
    "Hou Yin Xue Yan Duan Lei Kong Qian Dai Mao Hao Gu Gong Shao "
    "Kim Lee Park Choi Jung Jeong Kang Cho Yoon Jang Lim Oh Seo Shin Kwon Hwang Ahn Yoo Hong "
    "Jeon Ko Moon Son Bae Baek Heo Nam Noh Kwak Sung Chung Yu"
)
FAMILY_FIRST_ENDINGS = ("ov", "ova", "ev", "eva", "yev", "yeva", "zoda", "zade")

# --- places -------------------------------------------------------------------------------------

# Countries whose capital bears their name: in a dateline, the city (any other country's name
# there is a government release's prefix, "UZBEKISTAN, May 3 -", not where it was filed).
CITY_STATES = words("Singapore Monaco Luxembourg Kuwait Djibouti Vatican")
# A city hosting a gathering, after it ("Velmora hosted", "which Corvale is to host") and before
# it ("hosted by Lindor", "planned for Velmora"): where an event is when no "in <city>" says it.
HOST_AFTER = (
    *("hosted", "hosts", "will host", "is to host", "would host", "is set to host"),
    *("is expected to host", "expected to host"),
    *("also hosted", "is hosting", "was hosting", "will also host", "is due to host"),
)
HOST_BEFORE = (
    *("hosted by", "planned for", "to be hosted by", "will be hosted by", "scheduled for"),
    *("set for",),
)
# The endings of a capitalised word before a kind word that make it a region's or a people's
# adjective, not a city: "the Caspian summit", "the Turkic summit", "the European forum".
ADJECTIVE_ENDINGS = ("ian", "ic", "ese", "ish", "ean", "ern")
# Words that tell of a meeting on the same day or visit as one before it, so in its city unless
# the text says otherwise: "Later in the day, A met B", "After the talks, they met the press".
SAME_OCCASION = (
    *("the same day", "later in the day", "earlier in the day", "also", "later", "afterwards"),
    *("after the meeting", "after the talks", "following the meeting", "following the talks"),
    *("after the negotiations", "during the visit", "during his visit", "during her visit"),
)
# Within a meeting's sentence, the words that begin the clause of another matter, whose place
# and time are not the meeting's (``meetings.meeting_of``): what was said or agreed ("said at a
# press conference that the two countries would hold ... in Baku") and another gathering told
# of ahead ("discussed the preparations for the next meeting of the committee, to be held in
# Brussels"; not "to be held" alone, which may tell of the meeting itself).
OTHER_MATTER = (
    *("that", "preparations for", "the next meeting", "the next session", "the next round"),
)
# Meetings named by the city they were held in ("the Corvale meeting", "the Lindor talks").
CITY_MEETING_WORDS = ("meeting", "talks")
# Another gathering of a body told of by a word of sequence and a place ("the previous meeting
# in Lindor", "its next session, which will be held in Marno"; ``other_sessions``): the words
# that look back (held), ahead (to come), the ordinals (ahead when the sentence plans it), the
# gatherings, and the bodies that meet in them.
SEQUENCE_BACK = words("previous last past preceding former")
SEQUENCE_AHEAD = words("next forthcoming upcoming following")
SEQUENCE_ORDINALS = words(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
)
SESSION_WORDS = words("meeting session sitting round")
# A body's gathering told after its kind word ("the commission's next meeting", "the council
# would hold its second session"): the words of sequence before the session word.
ITS_SESSION_AGAIN = words("next upcoming forthcoming second third fourth fifth sixth")
SESSION_BODY_KINDS = frozenset(("commission", "council", "working group", "business council"))
# A word of a gathering in each part of a list of them whose verb says they meet ("the … Business
# Council, the Council of Exporters and the working group on transit will meet").
LIST_GATHERINGS = words("council commission committee group forum table conference board session")
# --- where an event was held (round s32, places7) ----------------------------------------------

# The last word of a building's name: "at Lancaster House", "at the Velmora Grand Hotel" name a
# venue, not the city it stands in (``timing.place_of``).
VENUE_HEADS = words(
    "House Palace Hall Centre Center Hotel Residence Tower Building Museum Theatre Theater Arena"
)
# The words before a place that give it to another gathering still to come, said or agreed in
# a meeting's sentence: "agreed to convene the fifth meeting of the committee in Lindor", "would
# hold the next session in Corvale", "will meet again in Marno next year".
ANOTHER_AHEAD = (
    *("agreed to hold", "agreed to convene", "agreed to host", "decided to hold"),
    *("to hold the next", "to convene the next", "would hold", "will hold", "meet again"),
    *("the next session", "the next round", "the next meeting"),
)
# A sentence that tells where the meeting told of just before it took place: "The consultations
# took place in Riga.", "The meeting was held in Turkistan, at the regional akimat."
TOLD_AGAIN_SUBJECTS = words("talks meeting consultations negotiations meetings discussions")
TOLD_AGAIN_VERBS = ("took place", "was held", "were held", "was hosted", "were hosted")
