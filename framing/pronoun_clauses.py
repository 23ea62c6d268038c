"""A subject pronoun that ends the phrase before a cue after a noun phrase opens a clause of its
own, a relative clause without "that" (`The bill would bring a policy change he has supported`,
`There are many reasons he believes the plan will fail`, `a topic she`): the pronoun alone is the
source, and its referent the speaker, not "policy change he".

Why its own module: the backward scan of `framing.subject_phrases` reads up to seven words
before a cue and stops at clause words; whether a pronoun at its end starts a clause needs a
look at the noun phrase before it and at the word that takes that phrase, a reading the scan
itself has no use for.  Where the pronoun opens what a verb reports instead (`Analysts say she`,
`Graham assures his audience he`) the phrase is left whole: PolNeAR marks the verb's subject there.
"""

from __future__ import annotations

from framing.article_text import AUX, CLAUSE_WORDS, LEADING_PREPOSITIONS, ArticleText
from framing.name_words import NOT_NAMES, TIME_WORDS
from framing.source_clauses import IRREGULAR_PAST

BE = frozenset("is was were are be been being".split())
# Past tenses and participles without -ed (besides `IRREGULAR_PAST`).
IRREGULAR_PARTICIPLES = frozenset("thought taught sought brought heard felt meant read quoted".split())


def opens_own_clause(art: ArticleText, k: int, end: int, first: int) -> bool:
    """Is the subject pronoun at token `end`, ending the source phrase k..end of the cue at
    token `first`, the source alone?  It is when a noun phrase goes before it (`_after_noun_phrase`),
    unless the cue follows it directly and may lack its object (`the style he prefers.`): there
    the whole phrase is kept for `framing.relative_clauses.contact_relative`, which reads the
    noun as the cue's content."""
    tokens, text = art.tokens, art.text
    if tokens[end - 1].norm in AUX or not text[tokens[end - 1].start].islower() or not art.clean(end - 1):
        return False  # (`did he`, `Tuesday he`: an inversion, or no noun before it)
    return _after_noun_phrase(art, k, end) and not (end + 1 == first and _object_may_lack(art, first))


# Verbs that take a clause as object without "that" (`Analysts say she`, `Trump thought he`):
# a pronoun after them subjects that clause, and the phrase before it is the source's own.
_CLAUSE_TAKING = frozenset("say says think thinks believe believes know knows show shows hope hopes fear fears feel feels".split())
_MORE_VERBS = frozenset("am forgot".split())
_QUESTION_WORDS = frozenset("why how what when where whether".split())
# Capitalised first words that are no named subject (`It is a topic he`, `The bill would bring`).
_NOT_NAMED_SUBJECTS = frozenset("it this that there here the a an".split())
_ING_PREPOSITIONS = frozenset("including during regarding concerning following".split())
# Verbs whose object is a person told something (`Graham assures his audience he`): the pronoun
# after that object opens what the person is told, not a relative clause on the object.
_TELLING = frozenset(
    "assure assures assured tell tells told remind reminds reminded warn warns warned convince convinces "
    "convinced persuade persuades persuaded inform informs informed promise promises promised".split()
)
# Words that open a noun phrase a relative clause may modify (`a policy change he has supported`).
_NOUN_OPENERS = frozenset(
    "a an the this that these those his her its their our my your some many several any every each no one".split()
)


def _verb_like(art: ArticleText, t: int) -> bool:
    """Is token t a lower-case word that reads as a verb or an auxiliary (`would`, `say`,
    `noted`, `takes`, `showing`), which no noun phrase holds?"""
    tokens, text = art.tokens, art.text
    norm = tokens[t].norm
    if not text[tokens[t].start].islower():
        return False
    return (
        norm in AUX or norm in BE or norm in CLAUSE_WORDS or norm in IRREGULAR_PAST or norm in _CLAUSE_TAKING
        or norm in IRREGULAR_PARTICIPLES or norm in _MORE_VERBS or norm in _TELLING or norm.endswith(("'s", "’s"))
        or (norm.endswith("ed") and len(norm) > 4)
        or (norm.endswith("ing") and len(norm) > 5 and not norm.endswith("thing") and norm not in _ING_PREPOSITIONS)
    )


def _after_noun_phrase(art: ArticleText, k: int, end: int) -> bool:
    """Does the subject pronoun ending the phrase k..end open a clause of its own after a noun
    phrase (`The bill would bring a policy change he`, `There are many reasons he`, `a topic
    she`), so that it alone is the source?  Not after a verb's object that is told something
    (`Graham assures his audience he`), after an adjective after "be" (`Democrats are hopeful
    they`), or after a verb (`Analysts say she`, `I forgot she`)."""
    tokens, text = art.tokens, art.text
    if text[tokens[k].start].isupper() and tokens[k].norm not in NOT_NAMES and tokens[k].norm not in _NOT_NAMED_SUBJECTS and any(_verb_like(art, t) for t in range(k + 1, end)):
        return False  # `Schlafly invoked the title of the book she`: the clause's named subject, read by `framing.speakers`
    j = end - 1
    while j >= k and text[tokens[j].start].islower() and not _verb_like(art, j) and tokens[j].norm not in _NOUN_OPENERS:
        if not art.clean(j) or tokens[j].norm in LEADING_PREPOSITIONS or tokens[j].norm in ("of", "including"):
            break
        if tokens[j].norm in _QUESTION_WORDS:
            return False  # `pressed on why he`, `a sense of how we`: the pronoun subjects a question
        j -= 1
    if j == end - 1 and not (j >= k and tokens[j].norm in _NOUN_OPENERS):
        return False  # (no noun before the pronoun: `say she`, `Tuesday she`)
    if j < k:
        return True  # `something she`, `hard work she`: the phrase is that noun phrase
    norm = tokens[j].norm
    determiner = norm in _NOUN_OPENERS
    if determiner:
        j -= 1  # the word before the determiner
        if j < k:
            return True
        norm = tokens[j].norm
    if not text[tokens[j].start].islower() or norm in _TELLING:
        return False
    if determiner:
        return True  # `would bring a policy change he`, `It is a topic he`
    if norm in BE:
        return j > k and tokens[j - 1].norm in ("there", "here")  # `There are reasons he`, not `are hopeful they`
    return norm in LEADING_PREPOSITIONS or norm in ("of", "including")  # `a blizzard of tweets he`


# Words after a cue that open no object of it (`the style he prefers in debates`, `the
# establishment he rails against`) or that are the verb of the clause around it (`a sum
# experts say is needed`).
_NO_OBJECT_AFTER = frozenset(
    """in on at as for with of to during over by from under into after before about against among since until
    through amid across is are was were has have had will would can could""".split()
) | TIME_WORDS


def _object_may_lack(art: ArticleText, first: int) -> bool:
    """May the one-word cue at token `first` stand without its object (the sentence or clause
    ends after it, or a preposition or a verb follows)?"""
    tokens = art.tokens
    nxt = first + 1
    return nxt >= len(tokens) or art.gap(first).strip() != "" or tokens[nxt].norm in _NO_OBJECT_AFTER
