"""A reporting verb inside a clause that modifies a noun, read as such rather than as the verb of
its sentence with that noun as its subject.

A past participle right after a noun is often no verb of the sentence but a reduced relative
clause (`Engineers found cracks reported last year in the dam`: the cracks were reported, by no
one named; `He questioned the figures cited by the ministry`: the ministry cited them).  The
backward scan for a subject (`framing.subject_phrases`) would run over the verb before the noun
and credit "Engineers found cracks".  `reduced_relative` tells the cue that it is such a
participle and gives the noun phrase it modifies: `framing.attribution` then reads it as a
passive, whose agent after "by" is the source (PolNeAR marks `a practice criticized by Miller`
with source "Miller" and content "a practice") and which, without an agent, credits no one.

Why this is its own module: the test looks back over a whole noun phrase to the word that takes
it as its object, a reading neither the word-level tests of `framing.cue_reading` nor the
subject scans need.
"""

from __future__ import annotations

from framing import article_text
from framing.clause_subjects import FINITE_WORDS, IRREGULAR_PAST
from framing.subject_phrases import TIME_WORDS, passive_participle

# Verbs that take a name or a label after the participle (`a group called the X`, `a loophole
# called an "inversion"`, `a host considered one of the most influential`): an object-like
# phrase after them does not make them the sentence's verb.
_NAMING = frozenset("called named dubbed labeled labelled titled entitled known considered deemed".split())
# Words after a participle that open no object: it lacks one, as a passive does.
_NO_OBJECT_AFTER = frozenset(
    """in on at as for with of to during over by from under into after before about against among since
    until through amid across last this earlier previously recently later late early""".split()
) | TIME_WORDS
# Prepositions that take the noun phrase before a participle as their object (`according to exit
# polls reported by CNN`): with an agent after "by", a reduced relative too.
_PREPOSITIONS = frozenset(
    """of to in for with about from against on at among including like over under into toward towards than despite
    through across around near behind beyond within without inside outside along between upon onto during via after
    before since by""".split()
)
# Forms of "be" that take the noun phrase as complement or object (`is a group known as`).
_LINKING = frozenset("is was were are".split())
_DETERMINERS = frozenset(
    "a an the this that these those his her its their our my your some many several few all both each every any no".split()
)
_NOT_HEADS = article_text.PRONOUNS | article_text.AUX | article_text.CLAUSE_WORDS | _DETERMINERS | frozenset(
    """and or nor but yet then so him her them us me it twice best better well much more most least less ever
    become became get got remain remained nonetheless nevertheless however therefore thus instead indeed perhaps
    nobody somebody someone anyone everyone everybody anybody none one""".split()
)
# Cues whose subject is what seems so, not a speaker (`the politician seemed to be shrinking`).
_RAISING = frozenset("appeared seemed".split())
# -ing words that are nouns, not verbs taking the phrase as object ("the meeting", "during").
_ING_NOUNS = frozenset("during according morning evening nothing something anything everything thing king spring building meeting hearing funding spending".split())


_RELATIVE_PRONOUNS = frozenset("who which that".split())


def _opens_noun_phrase(art: article_text.ArticleText, k: int) -> bool:
    """Does a determiner, a number or a capitalised word stand at token k?"""
    tok = art.tokens[k]
    first = art.text[tok.start]
    return tok.norm in _DETERMINERS or first.isdigit() or first.isupper()


def _lacks_object(art: article_text.ArticleText, first: int, s_end: int, naming: bool) -> bool:
    """Does the participle at token `first` stand without an object, as a passive does: a
    preposition, a time word or the sentence's punctuation after it, not a quotation or a colon
    (`chanted "What curfew?"`), not an infinitive (`agreed to release`)?  A naming participle
    takes a name or label after it (`a movement called the EPRP`) and lacks no object."""
    tokens, text = art.tokens, art.text
    k = first + 1
    if k >= len(tokens) or tokens[k].start >= s_end:
        return True
    gap = text[tokens[first].end : tokens[k].start].strip()
    if gap:
        return gap[0] in ",.;)"  # (a quotation, a colon or a dash after the cue introduces what was said)
    if naming:
        return True
    if any(t.norm == "that" for t in tokens[k : k + 6] if t.start < s_end):
        return False  # `warned on Tuesday that ...`: a clause of what was said
    norm = tokens[k].norm
    if norm == "to":
        return k + 1 < len(tokens) and _opens_noun_phrase(art, k + 1)  # `likened to the Star of David`
    return norm in _NO_OBJECT_AFTER


def _takes_object(art: article_text.ArticleText, j: int) -> bool:
    """Is token j a verb that takes the phrase after it as its object ("found", "defended",
    "offering", "is")?  Lower case only: "Trump" is no verb, whatever it ends in."""
    tok = art.tokens[j]
    norm = tok.norm
    if not art.text[tok.start].islower():
        return False
    return (
        norm in IRREGULAR_PAST or norm in _LINKING or (norm.endswith("ed") and len(norm) > 4)
        or (norm.endswith("ing") and len(norm) > 5 and norm not in _ING_NOUNS)
    )


def reduced_relative(art: article_text.ArticleText, cue: article_text.Cue, s_start: int, s_end: int) -> tuple[int, int] | None:
    """The noun phrase (first and last token) a past-participle cue modifies, when the cue is a
    reduced relative clause: a participle right after a lower-case noun that a verb before it
    takes as object (`found cracks reported last year`, `defended people accused of rape`), with
    no object of its own after it unless it names (`joined a movement called the EPRP`); or,
    with an agent after "by", after a preposition's object too (`according to exit polls
    reported by CNN`).  None when the participle can be the sentence's verb (`The bank said`,
    `the head of the agency said on Monday`, `Officials said Monday the deal ...`)."""
    first = cue.first
    tokens, text = art.tokens, art.text
    n = first - 1
    if cue.last != first or n < 0 or tokens[n].start < s_start:
        return None
    word = tokens[first].norm
    if not passive_participle(word) or not art.clean(n):
        return None
    head = tokens[n].norm
    if (
        not head.isalpha() or head in _NOT_HEADS or head in _PREPOSITIONS or head.endswith("ly") or head in TIME_WORDS
        or passive_participle(head) or not text[tokens[n].start].islower() or art.gap(n) != " "
    ):
        return None  # (`was held called`, `opportunities - seen as`)
    if word in _RAISING:
        return None
    k = first + 1
    by = k < len(tokens) and tokens[k].start < s_end and tokens[k].norm == "by" and art.clean(first)
    if not by and not _lacks_object(art, first, s_end, word in _NAMING):
        return None  # `the senators blasted the plan`, `agreed to release`: the verb of a clause
    j = n - 1
    while j >= 0 and tokens[j].start >= s_start and art.clean(j) and art.gap(j) != " - " and n - j <= 6:
        if _takes_object(art, j) and not (j > 0 and tokens[j - 1].norm in _DETERMINERS and art.clean(j - 1)):
            # (not an adjective: `in a televised interview appeared`)
            v = j - 1
            while v >= 0 and tokens[v].norm in article_text.AUX and art.clean(v):
                v -= 1
            if v >= 0 and tokens[v].norm in _RELATIVE_PRONOUNS:
                # `One of the docs who sent the letter called Oz`, `Republicans who have praised
                # his candidacy warned`: the object of a relative clause, before the main verb
                return None
            return j + 1, n
        if tokens[j].norm in _PREPOSITIONS:
            if tokens[j].norm == "to" and not _opens_noun_phrase(art, j + 1):
                return None  # `to win all 155 delegates offered by`: an infinitive, not a preposition
            return (j + 1, n) if by else None
        if tokens[j].norm in article_text.CLAUSE_WORDS or tokens[j].norm in article_text.PRONOUNS or tokens[j].norm in article_text.AUX:
            return None  # `the bank detailed`... after "which", a clause of its own
        j -= 1
    return None


def agent_phrase(art: article_text.ArticleText, agent: tuple[int, int]) -> tuple[int, int]:
    """The agent after "by" cut before the sentence's own verb: `a memo seen by Reuters said
    investigators were unable` -> "Reuters"."""
    for t in range(agent[0] + 1, agent[1] + 1):
        norm = art.tokens[t].norm
        if (norm in article_text.CLAUSE_WORDS or norm in FINITE_WORDS) and art.text[art.tokens[t].start].islower():
            agent = agent[0], t - 1
            break
        if art.gap(t - 1).strip() in ("-", "–", "—"):
            agent = agent[0], t - 1  # `opposed by Israel - set a hawkish tone`
            break
    for t in range(agent[0] + 1, agent[1] + 1):
        if art.tokens[t].norm in ("concerning", "regarding", "including"):
            agent = agent[0], t - 1  # `proposed by the government concerning naturalization`
            break
    if agent[1] > agent[0] and art.tokens[agent[1]].norm in _PREPOSITIONS:
        agent = agent[0], agent[1] - 1  # `backed by big-bucks super PACs with whom`
    return agent
