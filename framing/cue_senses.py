"""The senses of a reporting verb that report nothing, whatever the pattern around it: a noun
before a tag verb ("FEC reports show that"), "find" with a reflexive ("found herself in a tight
race"), a byline ("reported from Los Angeles"), "offer" with a glimpse as its object ("offered a
glimmer of hope"), "back" as an adverb, "seen since", the noun "say" ("the final say"), the
noun "press" ("White House press secretary Josh Earnest said").

Why apart from `framing.cue_reading`: these are readings of single verbs in their other senses,
asked once by `framing.cue_context.read_context` before any pattern runs (the cue is turned down
everywhere), while `cue_reading` holds the word-class tests the patterns ask at fixed points.
"""

from __future__ import annotations

import re

from framing import article_text, call_senses, modifier_cues
from framing.cue_reading import TAG_VERB_FORMS
from framing.pronoun_clauses import BE

# Degree words that make an -ing cue an adjective ("the most telling promise", "more challenging").
_DEGREE_WORDS = frozenset("more most very less least too so".split())
# Around "back" as an adverb, not the verb "back" (support): a place or direction after it, "be" before it.
_BACK_ADVERB_AFTER = frozenset("in into to toward towards at on onto under over from and home down up out off nearly".split())
_BACK_ADVERB_BEFORE = frozenset("is are was were be been being am 's".split())
# Verbs whose particle "back" makes a verb of getting, giving or pushing back, no support spoken:
# "taking back the House", "buy back their own stock", "roll back the encryption", "cut back
# the ritual", "beat back a challenge" (PolNeAR train: 1 of 11 such "back" cues marked; "walked
# back his comments", "screamed back", words taken back or answered, are marked and stay).
_BACK_PARTICLE_VERBS = frozenset(
    """take takes took taken taking buy buys bought buying roll rolls rolled rolling add adds added adding
    cut cuts cutting choke chokes choked choking beat beats beaten beating scale scales scaled scaling
    pay pays paid paying give gives gave given giving bring brings brought bringing win wins won winning
    hold holds held holding pull pulls pulled pulling""".split()
)
# What follows "find" when nothing found out is reported: a reflexive, "a way", "ways", "a job"
# (PolNeAR train: 3 of 46 such "find" cues marked).
_FIND_OBJECTS = frozenset("himself herself themselves itself myself ourselves yourself a an way ways common".split())
# What "offer" gives when it reports nothing: "offered a glimpse of", "offers an opportunity for"
# (PolNeAR train: 4 of 14 such "offer" cues marked; dev 0 of 1).
_OFFERED_VIEWS = frozenset(
    "glimmer glimpse preview opportunity chance window reminder snapshot contrast edge alternative".split()
)


_SAY_NOUN_BEFORE = frozenset("final last no any equal greater bigger little real".split())  # "the final say", "had no say in it"

# Adjectives of a result before "showing" ("a strong showing", "his unexpectedly strong showing",
# "Johnson's second-best showing"), read back to a determiner or a possessor.
_RESULT_ADJECTIVES = frozenset(
    """strong stronger strongest best better good poor poorer weak weaker dismal solid impressive surprising
    disappointing lackluster respectable decent robust worst""".split()
)
_POSSESSORS = frozenset("a an the his her its their our my your this that".split())
# "show" the programme: the words that make it one right before it ("the Sunday morning shows",
# "a reality TV show", "the only show that", "Other shows did better"), besides a determiner;
# not "game" or "news" ("Footage from the game shows that", "ABC News shows").
_PROGRAMME_MODIFIERS = frozenset(
    """talk television tv morning reality radio interview cable scripted comedy variety weekly nightly late-night
    cooking daily music popular only""".split()
)
_SHOW_DETERMINERS = frozenset("a an the his her its their our my your".split())  # not "this": "This shows that"
_SHOWS_DETERMINERS = frozenset("the his her its their our my your these those other several many".split())
_CLAUSE_OPENERS = frozenset("that how what why whether where who".split())
# What a price charged is: "charged a $100,000 initiation fee", "has charged the campaign $3.7
# million" (PolNeAR train marks none of the 5 such uses; "charged him with assault" stays).
_PRICE_WORDS = frozenset("fee fees rent price prices interest tuition premium premiums dues".split())
# Words after "charged" that keep it a verb after an -ly adverb ("racially charged dismissal" is
# an adjective; "forcefully charged that" is not).
_AFTER_CHARGED_VERB = frozenset("that with him her them the a an his their its in on by for against to of over as and or but".split())
# "declined slightly", "declined by 0.2%", "declined 40 percent": a fall, no refusal (PolNeAR
# train/dev mark none of the 12 such uses).
_FALL_ADVERBS = frozenset(
    """slightly significantly sharply steadily dramatically substantially rapidly precipitously markedly modestly
    somewhat further considerably steeply""".split()
)
# What "to claim" wins rather than says: "to claim the nomination", "from claiming the Republican
# nomination" (PolNeAR train marks none of the 4 such infinitives; "claimed the nomination on
# Tuesday", a claim made, is marked).
_WON_THINGS = frozenset("nomination seat title prize crown mantle throne".split())
# What "assume" takes up rather than supposes: "upon assuming office", "to assume the presidency",
# "assumed his post", "assume the spousal role", "assumed Trump's signature style" (PolNeAR train:
# none of the 9 such uses marked; "premature to assume Mr. Cruz has victory locked down" stays).
_TAKEN_UP = frozenset(
    """office presidency post role roles power control responsibility responsibilities command leadership
    mantle duties position throne style persona helm chairmanship chair premiership""".split()
)
# Words before a bare "challenge(s)" that leave it a verb: a subject pronoun, a modal or "to", a
# conjunction joining predicates ("will challenge skateboarding culture", "they challenge EU unity").
_BEFORE_CHALLENGE_VERB = article_text.AUX | article_text.PRONOUNS | frozenset("and or but then that".split())
_THAT_OR_PRONOUN = frozenset("that he she it they we i you this these those there".split())
_BEFORE_WON_THING = frozenset("the a his her their its party's republican democratic gop presidential".split())
# What a court dismisses: in the passive ("Lawsuits claiming fraud were dismissed", "The case was
# dismissed by the judge") a ruling, no attack in words ("The claims were dismissed as nonsense by
# the White House" stays one).  The active ("courts to dismiss cases") is left as it was: PolNeAR
# train marks its one use.
_COURT_MATTERS = frozenset(
    "lawsuit lawsuits suit suits case cases complaint complaints petition petitions indictment indictments appeal appeals".split()
)
# Nouns the noun "press" (the news media) names with: "the White House press secretary", "a press
# release", "a press conference" (PolNeAR train: none of the 4 "press secretary" cues read so marked).
_PRESS_COMPOUNDS = frozenset(
    """secretary secretaries release releases conference conferences corps office offices officer officers aide
    aides briefing briefings pool gallery freedom coverage statement statements call calls availability team
    shop staff staffer staffers person agent agents credentials room event events tour kit attache attaché
    representative spokesman spokeswoman spokesperson director deputy assistant operation box""".split()
)
# Who rules (a court's finding), before the present "rule(s)", which is otherwise the noun.
_RULING_BODIES = frozenset("court courts judge judges justice justices panel board commission jury".split())
# Auxiliaries of a question put to "you" (`Do you support Donald Trump?`, `What do you think of`).
# "It's worth noting", "it is important to remember", "it's fair to say": the writer's own aside,
# credited to no one (PolNeAR train/dev mark 3 of 16 such cues).
_WRITERS_ASIDE_RE = re.compile(
    r"\b[Ii]t(?:['’]s| is| was| would be| will be)(?: \w+ly| also)?"
    r" (?:important|fair|safe|interesting|notable|worth|useful|instructive|helpful|necessary)(?: to)? $"
)
_QUESTION_AUX = frozenset("do does did would will can could".split())
# What "telling" (revealing) qualifies: "telling signs", "provide telling insight", "There have
# already been telling responses" (PolNeAR train/dev mark none of these; "is telling customers",
# "telling a veterans group" are the verb).
_TELLING_THINGS = frozenset(
    """sign signs detail details moment moments example examples insight insights response responses clue clues
    indication indications glimpse silence omission omissions contrast statistic statistics admission choice
    remark remarks phrase sentence""".split()
)
_TELLING_BEFORE = frozenset("a an the other most more very particularly especially quite".split())
# A word's meaning, no one's reference: "The term “deep state” typically refers to a shadow
# government", "his use of the term "Palestine" to refer to territory" (PolNeAR train/dev: the
# one such cue framing read, the second, is not marked; "Bush referred to Rubio as" stays).
_WORD_MEANING_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?)\s+(?:term|word|phrase|expression|label|acronym|abbreviation|slogan|epithet|nickname)"
    r"(?:\s+[“\"‘'][^”\"’'\n]{1,40}[”\"’'],?)?\s+(?:\w+ly\s+|also\s+|to\s+|can\s+|may\s+|often\s+|is\s+used\s+to\s+)*$"
)
_INTERVIEW_LABEL_RE = re.compile(r"\s*(?:Q|Question)\s*[:.]?\s")
_SUBJECT_REACH = 6  # words before the "be" of a passive searched for what was dismissed


def other_sense(art: article_text.ArticleText, cue: article_text.Cue, verb: str, before: str, after: str, s_end: int) -> bool:
    """Is the cue word used in a sense that reports nothing?  A noun before a tag verb ("FEC
    reports show that"), an -ing adjective after a degree word ("the most telling promise"),
    "find" with a reflexive or "a way" ("found herself in a tight race") or before "it" and an
    adjective with "to" ("found it hard to say no"), a byline ("Lerer
    reported from Los Angeles", "additional reporting by"), or "offer" with a glimpse or a chance
    as its object ("the setting in Turkey offered a glimmer of hope"), "back" as an adverb ("was
    back at their hotel") or a verb's particle ("taking back the House", "beat back a
    challenge"), "seen since" ("levels not seen since 2007"), "say" as the noun after an
    adjective ("the final say", "no say"), the connective "Having said that," (the outlet's
    own turn, like "That said,"), a court's "were dismissed" ("Lawsuits claiming fraud were
    dismissed"), "assume" an office or a role ("upon assuming office", "assumed his post"), and
    the noun "challenge(s)" after a modifier ("the biggest challenges", "a business challenge"),
    the noun "press" before what it names ("press secretary", "press release"), and "refers to"
    after a term ("The term “deep state” typically refers to": the word's meaning)."""
    tokens = art.tokens
    if (cue.match.entry.weight or 2) < 3 and after in TAG_VERB_FORMS and art.clean(cue.last):
        return True
    if modifier_cues.modifies_noun(art, cue):
        return True  # "people critical of Trump", "threatening interstate communications", "In remarks at"
    if before in ("to", "worth") and _WRITERS_ASIDE_RE.search(art.text, max(0, tokens[cue.first].start - 45), tokens[cue.first].start):
        return True  # "It's worth noting that ...", "it is important to remember": the writer's aside, no one's report
    if verb == "show":
        return _showing_noun(art, cue) or _programme(art, cue)
    if verb == "rule" and cue.first == cue.last and tokens[cue.first].norm in ("rule", "rules"):
        # "a raft of new emissions rules", "a set of Clean Air Act rules that", "party rules": the
        # noun; "federal judge rules" (a headline) is the verb, after the body that rules
        return before not in _RULING_BODIES
    if verb == "charge":
        return _charge_not_accusing(art, cue, before, after, s_end)
    if verb == "decline":
        return (tokens[cue.first].norm == "decline" and before in _POSSESSORS) or _fall(art, cue, after)
    if verb == "question" and cue.first == cue.last and tokens[cue.first].norm == "question":
        # "There is no question that ...", "the only question is ...", "a question mark": no one asks
        return after == "mark" or (before == "no" and after == "that") or (before == "only" and after in ("is", "was", "remains"))
    if verb == "claim" and before in ("to", "from"):
        return _claims_a_win(art, cue, s_end)
    if verb == "dismiss" and before in BE:
        return _court_matter_before(art, cue)
    if verb == "assume":
        return _takes_up(art, cue, s_end)
    if verb == "challenge" and cue.first == cue.last and tokens[cue.first].norm in ("challenge", "challenges"):
        return _challenge_noun(art, cue)
    if before == "you" and cue.first >= 2 and tokens[cue.first - 2].norm in _QUESTION_AUX and _asks_the_reader(art, cue, s_end):
        return True
    if verb == "call" and cue.first == cue.last and before not in BE:
        return call_senses.phoned_or_evoked(art, cue, after, s_end)
    if tokens[cue.first].norm == "called" and (cue.first == cue.last or (cue.last == cue.first + 1 and tokens[cue.last].norm == "for")):
        return call_senses.race_called(art, cue, after)
    if verb == "press" and cue.first == cue.last and tokens[cue.first].norm == "press":
        # "White House press secretary Josh Earnest said", "in a press release": the news media
        return after in _PRESS_COMPOUNDS and art.clean(cue.last)
    if before in _DEGREE_WORDS and cue.first == cue.last and tokens[cue.first].norm.endswith("ing"):
        return True
    if cue.first == cue.last and tokens[cue.first].norm == "telling" and _telling_adjective(art, cue, before, after):
        return True
    if verb == "say":
        word = tokens[cue.first].norm
        if word == "say":
            return before in _SAY_NOUN_BEFORE
        # "Having said that, ...": not "Having said that he would resign, ..."
        k = cue.last + 1
        return (word == "said" and before == "having" and after in ("that", "this")
                and art.text[tokens[k].end : tokens[k].end + 1] == ",")
    if verb == "find":
        # "found it hard to say no", "finds it difficult to": a task judged, nothing found out
        k = cue.last + 2
        return after in _FIND_OBJECTS or (
            after == "it" and k + 1 < len(tokens) and tokens[k + 1].norm == "to" and tokens[k].end <= s_end
            and art.text[tokens[k].start].islower() and tokens[k].norm not in article_text.AUX
        )
    if verb == "refer_to":
        start = tokens[cue.first].start
        return _WORD_MEANING_RE.search(art.text, max(0, start - 90), start) is not None
    if verb == "see":
        return after == "since"  # "a rate not seen since the '60s", "the worst recession the world had seen since"
    if verb == "report":
        return after in ("from", "live", "daily") or (tokens[cue.first].norm == "reporting" and after == "by")
    if verb == "back" and tokens[cue.first].norm == "back":
        # "was back at their hotel", "jumps back in the race", "dates back to": the adverb
        return after in _BACK_ADVERB_AFTER or before in _BACK_ADVERB_BEFORE or before in _BACK_PARTICLE_VERBS
    if verb == "offer":
        k = cue.last + 1
        for j in range(k, min(k + 4, len(tokens))):
            if tokens[j].start >= s_end:
                return False
            if tokens[j].norm in _OFFERED_VIEWS:
                return True
            if j > k and not art.clean(j - 1):
                return False
    return False


def _telling_adjective(art: article_text.ArticleText, cue: article_text.Cue, before: str, after: str) -> bool:
    """"other telling signs", "a telling moment", "provide telling insight", "Alpert's metaphor is
    telling in its own right": the adjective (revealing), which reports nothing.  After a
    determiner or a degree word, before a thing it qualifies (`_TELLING_THINGS`), or after "be"
    with no one told (a preposition or punctuation next)."""
    if before in _TELLING_BEFORE or after in _TELLING_THINGS:
        return True
    k = cue.last + 1
    if before not in BE or not art.clean(cue.last - 1):
        return False
    return k >= len(art.tokens) or not art.clean(cue.last) or after in ("in", "about", "of", "because")


def _asks_the_reader(art: article_text.ArticleText, cue: article_text.Cue, s_end: int) -> bool:
    """Is the sentence of a "Do you support ...?" cue a question the outlet puts to its reader
    ("Do you support Donald Trump? Like the page:", "What do you think of Trump's attack?"): it
    ends in a question mark, outside an interview's question turn ("Q: Do you think ...?", where
    the interviewer's words are reported)?  Nobody's view is reported."""
    text = art.text
    if text[:s_end].rstrip(" \"”’'\n")[-1:] != "?":
        return False
    line_start = text.rfind("\n", 0, art.tokens[cue.first].start) + 1
    return _INTERVIEW_LABEL_RE.match(text, line_start) is None


def _showing_noun(art: article_text.ArticleText, cue: article_text.Cue) -> bool:
    """"his unexpectedly strong showing", "Johnson's second-best showing": a result, which
    reports nothing (an adjective of a result, perhaps after -ly adverbs, back to a determiner
    or a possessor)."""
    tokens = art.tokens
    if cue.first != cue.last or tokens[cue.first].norm not in ("showing", "showings"):
        return False
    j, adjective = cue.first - 1, False
    while j >= 0 and cue.first - j <= 3 and art.clean(j):
        norm = tokens[j].norm
        if norm in _POSSESSORS or norm.endswith(("'s", "’s")):
            return adjective
        if norm in _RESULT_ADJECTIVES or norm.endswith(("-best", "-worst", "-place", "-strongest")):
            adjective = True
        elif not (norm.endswith("ly") and norm.isalpha()):
            return False
        j -= 1
    return False


def _programme(art: article_text.ArticleText, cue: article_text.Cue) -> bool:
    """"the Sunday morning shows", "a reality TV show", "Other shows did a bit better", "the only
    show that included women": the television or radio programme, which reports nothing
    (PolNeAR train/dev mark none of the 20 such cues taken).  A determiner right before it or
    before its programme word, or a programme word not followed by a clause ("Footage from the
    game shows that", "Polls show", "This shows that" stay verbs)."""
    tokens = art.tokens
    k = cue.first - 1
    if cue.first != cue.last or k < 0 or not art.clean(k):
        return False
    word, before = tokens[cue.first].norm, tokens[k].norm
    if before in (_SHOW_DETERMINERS if word == "show" else _SHOWS_DETERMINERS if word == "shows" else ()):
        return True
    if word not in ("show", "shows") or before not in _PROGRAMME_MODIFIERS:
        return False
    if k > 0 and art.clean(k - 1) and tokens[k - 1].norm in _SHOW_DETERMINERS | _SHOWS_DETERMINERS:
        return True  # ("the only show that included women", "a weekly show")
    nxt = cue.last + 1
    return nxt >= len(tokens) or tokens[nxt].norm not in _CLAUSE_OPENERS


def _charge_not_accusing(art: article_text.ArticleText, cue: article_text.Cue, before: str, after: str, s_end: int) -> bool:
    """"charged into the fray" (a rush), "a racially charged dismissal" (an adjective after an
    -ly adverb), "charged a $100,000 initiation fee", "has charged the campaign $3.7 million" (a
    price: a dollar sum or a fee within six words, before any "with" or "that"): no accusation."""
    tokens, text = art.tokens, art.text
    if after == "into":
        return True
    k = cue.last + 1
    if k >= len(tokens) or tokens[k].start >= s_end or not art.clean(cue.last):
        return False
    if (
        tokens[cue.first].norm == "charged" and before.endswith("ly") and before.isalpha()
        and after.isalpha() and text[tokens[k].start].islower() and after not in _AFTER_CHARGED_VERB
    ):
        return True
    for j in range(k, min(k + 6, len(tokens))):
        if tokens[j].start >= s_end or tokens[j].norm in ("with", "that", "of"):
            return False
        if tokens[j].norm in _PRICE_WORDS or text[tokens[j].start - 1] == "$":
            return True
        gap = text[tokens[j].end : tokens[j + 1].start] if j + 1 < len(tokens) else "."
        if gap.strip() not in ("", "$"):
            return False  # (a comma or a full stop ends the object)
    return False


def _fall(art: article_text.ArticleText, cue: article_text.Cue, after: str) -> bool:
    """"declined slightly", "declined 40 percent", "declined by 0.2% from 2005": a fall in number."""
    if after in _FALL_ADVERBS or after[:1].isdigit():
        return True
    k = cue.last + 2
    return after in ("by", "from") and k < len(art.tokens) and art.tokens[k].norm[:1].isdigit()


def _claims_a_win(art: article_text.ArticleText, cue: article_text.Cue, s_end: int) -> bool:
    """"to claim the nomination", "from claiming the Republican nomination": to win it."""
    tokens = art.tokens
    for j in range(cue.last + 1, min(cue.last + 5, len(tokens))):
        if tokens[j].start >= s_end or not art.clean(j - 1):
            return False
        if tokens[j].norm in _WON_THINGS:
            return True
        if tokens[j].norm not in _BEFORE_WON_THING:
            return False
    return False


def _court_matter_before(art: article_text.ArticleText, cue: article_text.Cue) -> bool:
    """Is a passive "dismissed" said of a lawsuit, a case, a complaint, an appeal (a noun of
    `_COURT_MATTERS` among the few words before its "be", with no punctuation between, or right
    before the comma of "which" or "that")?  A court
    threw it out: a ruling, not an attack in words."""
    tokens, text = art.tokens, art.text
    be = cue.first - 1
    for j in range(be - 1, max(be - 1 - _SUBJECT_REACH, -1), -1):
        if set(text[tokens[j].end : tokens[j + 1].start]) & set(".,;:!?()\"“”\n"):
            # `The suit, which was dismissed in May, claimed`: the noun the relative clause is of
            return tokens[j + 1].norm in ("which", "that") and tokens[j].norm in _COURT_MATTERS
        if tokens[j].norm in _COURT_MATTERS:
            return True
    return False


def _takes_up(art: article_text.ArticleText, cue: article_text.Cue, s_end: int) -> bool:
    """"upon assuming office", "to assume the presidency", "assumed Trump's signature style": a
    post, a power or a manner taken up (a noun of `_TAKEN_UP` within a few words, before any
    "that" or pronoun that would open what is supposed), not a supposition reported."""
    tokens = art.tokens
    for j in range(cue.last + 1, min(cue.last + 5, len(tokens))):
        if tokens[j].start >= s_end or not art.clean(j - 1) or tokens[j].norm in _THAT_OR_PRONOUN:
            return False
        if tokens[j].norm in _TAKEN_UP:
            return True
    return False


def _challenge_noun(art: article_text.ArticleText, cue: article_text.Cue) -> bool:
    """"the immediate challenges the GOP faces", "grappling with serious challenges", "a business
    challenge", "the Sanders challenge": the noun after a determiner or a modifier, a difficulty
    or a contest, no words reported (PolNeAR train: 1 of 8 such nouns marked).  After a pronoun,
    a modal or "to" it is the verb ("they challenge EU unity", "will challenge"), and so after a
    capitalised name not itself after a determiner ("Clinton challenges Sanders")."""
    tokens, text = art.tokens, art.text
    k = cue.first - 1
    if k < 0 or not art.clean(k):
        return False
    word = tokens[k].norm
    if text[tokens[k].start].isupper():
        return k > 0 and art.clean(k - 1) and tokens[k - 1].norm in _POSSESSORS  # ("the Sanders challenge")
    return word not in _BEFORE_CHALLENGE_VERB and not word.endswith(("n't", "n’t"))
