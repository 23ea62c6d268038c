"""The senses of a reporting verb that report nothing, whatever the pattern around it: a noun
before a tag verb ("FEC reports show that"), "find" with a reflexive ("found herself in a tight
race"), a byline ("reported from Los Angeles"), "offer" with a glimpse as its object ("offered a
glimmer of hope"), "back" as an adverb, "seen since", the noun "say" ("the final say").

Why apart from `framing.cue_reading`: these are readings of single verbs in their other senses,
asked once by `framing.cue_context.read_context` before any pattern runs (the cue is turned down
everywhere), while `cue_reading` holds the word-class tests the patterns ask at fixed points.
"""

from __future__ import annotations

from framing import article_text
from framing.cue_reading import TAG_VERB_FORMS

# Degree words that make an -ing cue an adjective ("the most telling promise", "more challenging").
_DEGREE_WORDS = frozenset("more most very less least too so".split())
# Around "back" as an adverb, not the verb "back" (support): a place or direction after it, "be" before it.
_BACK_ADVERB_AFTER = frozenset("in into to toward towards at on onto under over from and home down up out off nearly".split())
_BACK_ADVERB_BEFORE = frozenset("is are was were be been being am 's".split())
# What follows "find" when nothing found out is reported: a reflexive, "a way", "ways", "a job"
# (PolNeAR train: 3 of 46 such "find" cues marked).
_FIND_OBJECTS = frozenset("himself herself themselves itself myself ourselves yourself a an way ways common".split())
# What "offer" gives when it reports nothing: "offered a glimpse of", "offers an opportunity for"
# (PolNeAR train: 4 of 14 such "offer" cues marked; dev 0 of 1).
_OFFERED_VIEWS = frozenset(
    "glimmer glimpse preview opportunity chance window reminder snapshot contrast edge alternative".split()
)


_SAY_NOUN_BEFORE = frozenset("final last no any equal greater bigger little real".split())  # "the final say", "had no say in it"


def other_sense(art: article_text.ArticleText, cue: article_text.Cue, verb: str, before: str, after: str, s_end: int) -> bool:
    """Is the cue word used in a sense that reports nothing?  A noun before a tag verb ("FEC
    reports show that"), an -ing adjective after a degree word ("the most telling promise"),
    "find" with a reflexive or "a way" ("found herself in a tight race") or before "it" and an
    adjective with "to" ("found it hard to say no"), a byline ("Lerer
    reported from Los Angeles", "additional reporting by"), or "offer" with a glimpse or a chance
    as its object ("the setting in Turkey offered a glimmer of hope"), "back" as an adverb ("was
    back at their hotel"), "seen since" ("levels not seen since 2007"), "say" as the noun after an
    adjective ("the final say", "no say"), and the connective "Having said that," (the outlet's
    own turn, like "That said,")."""
    tokens = art.tokens
    if (cue.match.entry.weight or 2) < 3 and after in TAG_VERB_FORMS and art.clean(cue.last):
        return True
    if before in _DEGREE_WORDS and cue.first == cue.last and tokens[cue.first].norm.endswith("ing"):
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
    if verb == "see":
        return after == "since"  # "a rate not seen since the '60s", "the worst recession the world had seen since"
    if verb == "report":
        return after in ("from", "live", "daily") or (tokens[cue.first].norm == "reporting" and after == "by")
    if verb == "back" and tokens[cue.first].norm == "back":
        # "was back at their hotel", "jumps back in the race", "dates back to": the adverb
        return after in _BACK_ADVERB_AFTER or before in _BACK_ADVERB_BEFORE
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
