"""The nouns "claim" and "claims": whose claim it is, or no one's.  "making a false claim" and
"other dramatic claims that appear ..." are the outlet's own words about claims (no attribution),
while "Trump's false claims that ..." credits Trump (PolNeAR marks such possessed nouns as cues).
`framing.attribution` turns down an unowned claim; `framing.cue_context.find_subject` steps over
a claim's adjectives to its possessor.
"""

from __future__ import annotations

from framing import article_text, phrases_after_cue
from framing.cue_reading import NOUN_BEFORE

# Words that open a noun phrase with no possessor: "claim(s)" after one (and any modifiers) is the
# noun ("making a false claim", "other dramatic claims", "the debunked claim that ...").
_UNOWNED_OPENERS = frozenset("a an the another other such these those some many several numerous any no every each more".split())
# Modifiers between such an opener and "claims", which could also be a verb after a singular
# subject ("the ad claims", "the official claims that"): only clear adjectives.
_CLAIM_ADJECTIVES = frozenset("false true new old wild bold big same bogus latest recent earlier similar familiar dubious".split())
_ADJECTIVE_ENDINGS = ("ic", "ous", "ful", "ive", "ed", "able", "ible", "less", "ary", "ish", "est")


def _is_claim(art: article_text.ArticleText, cue: article_text.Cue) -> bool:
    """Is the cue the one word "claim" or "claims"?"""
    return cue.first == cue.last and art.tokens[cue.first].norm in ("claim", "claims")


def _adjective(word: str) -> bool:
    """A clear adjective before a claim noun: a listed one, a hyphenated compound
    ("by-now-familiar"), or an adjective ending ("dramatic", "dubious", "debunked")."""
    return word in _CLAIM_ADJECTIVES or "-" in word or word.endswith(_ADJECTIVE_ENDINGS)


def unowned_claim(art: article_text.ArticleText, cue: article_text.Cue) -> bool:
    """Is "claim" or "claims" a noun in a phrase opened by an article or a quantifier, with no
    possessor ("making a false claim", "making other dramatic claims that appear to have no
    chance", "repeating a false claim that he opposed the war", "a 1981 claim over payments")?
    Such a claim is credited to no one: PolNeAR train/dev mark "claim(s)" as a cue after a
    possessor ("Trump's claim that", "his claims that": 16 of 25 before "that") and hardly ever
    where this test holds (1 of 24: "pushing a claim Clinton made").  The opener may be followed by
    up to two modifiers: any lower-case word before "claim" (a singular subject would need
    "claims"), and only a clear adjective before "claims" ("the ad claims" is the verb)."""
    if not _is_claim(art, cue):
        return False
    plural = art.tokens[cue.first].norm == "claims"
    tokens, text = art.tokens, art.text
    for j in range(cue.first - 1, max(cue.first - 4, -1), -1):
        if not art.clean(j):
            return False
        word = tokens[j].norm
        if word in _UNOWNED_OPENERS:
            return True
        if not text[tokens[j].start].islower() and not word.isdigit():
            return False  # (`Republican claims`, `The Turkish government claims`)
        if word in article_text.AUX or word in article_text.PRONOUNS or word in article_text.CLAUSE_WORDS or word in NOUN_BEFORE:
            return False  # (`they claim`, `who claim`, `his false claims`)
        if word.endswith(("'s", "’s")) or (word.endswith("s") and not word.endswith(("ss", "ous"))):
            return False  # (`Trump's false claims`, `the officials claim`)
        if plural and not (_adjective(word) or word.isdigit()):
            return False
    return False


def claim_modifiers(art: article_text.ArticleText, cue: article_text.Cue) -> int:
    """How many adjectives stand between "claim(s)" and the word before them (`Trump's false
    claims that`, `Trump's by-now-familiar claims that`): 0 to 2, so that a possessor before
    them still owns the claim."""
    if not _is_claim(art, cue):
        return 0
    n = 0
    for j in range(cue.first - 1, max(cue.first - 3, -1), -1):
        word = art.tokens[j].norm
        if not art.clean(j) or not art.text[art.tokens[j].start].islower() or not _adjective(word):
            break
        n += 1
    return n


# Possessors that own a claim: "his claim that", "Trump's false claims that".
_POSSESSIVE_PRONOUNS = frozenset("his her their its our my your".split())
# Finite verbs that go on the sentence after a possessed claim's clause ("... was false", "...
# drew criticism"), besides past forms in -ed ("... angered unions").
_MAIN_VERBS = frozenset(
    """is was are were has have had drew drove made led sparked became remains remained prompted
    caused got won lost""".split()
)
# Words right before a past form that keep it inside the claim's clause: auxiliaries ("were
# kept"), "to", determiners ("the embattled"), relative words and conjunctions ("who worked"),
# adverbs ("had successfully tested", "have not yet announced").
_KEEPS_IN_CLAUSE = article_text.AUX | NOUN_BEFORE | frozenset("that who which whom and or but nor not n't yet".split())


def possessed_claim_end(art: article_text.ArticleText, cue: article_text.Cue, content_start: int, content_end: int) -> int:
    """Where the content of a possessed claim noun ends: before the main verb of the sentence
    it is the subject of (`Trump's false claims that he is an advocate for workers angered
    unions`: "he is an advocate for workers"; `His claim that he opposed the war was false`: "he
    opposed the war").  The claim's clause has a finite verb of its own first; the main verb is
    the next "-ed" form or finite verb (`_MAIN_VERBS`) after a noun-like word: no auxiliary,
    article, relative word, conjunction, adverb or -ed form ("were kept", "had successfully
    tested", "who have not yet announced" stay in), and outside brackets.  `content_end` where the cue is no
    possessed "claim(s)" or no such verb follows."""
    if not _is_claim(art, cue):
        return content_end
    owner = cue.first - 1 - claim_modifiers(art, cue)
    tokens, text = art.tokens, art.text
    if owner < 0 or not (tokens[owner].norm.endswith(("'s", "’s")) or tokens[owner].norm in _POSSESSIVE_PRONOUNS):
        return content_end
    k0, k1 = art.token_at_or_after(content_start), art.token_at_or_after(content_end)
    clause_verb = False
    for k in range(k0 + 1, k1):
        word, before = tokens[k].norm, tokens[k - 1].norm
        if not art.clean(k - 1) or not text[tokens[k].start].islower():
            continue
        finite = word in _MAIN_VERBS or (word.endswith("ed") and len(word) > 4)
        if not finite:
            continue
        if clause_verb and before not in _KEEPS_IN_CLAUSE and not before.endswith(("ly", "ed", "n't")):
            if "(" in text[content_start : tokens[k].start]:
                return content_end  # `(the actual number is closer ...)`: an aside's own verb
            return phrases_after_cue.trim_end(text, content_start, tokens[k].start)
        clause_verb = True
    return content_end
