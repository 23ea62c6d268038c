"""The nouns "claim" and "claims": whose claim it is, or no one's.  "making a false claim" and
"other dramatic claims that appear ..." are the outlet's own words about claims (no attribution),
while "Trump's false claims that ..." credits Trump (PolNeAR marks such possessed nouns as cues).
`framing.attribution` turns down an unowned claim; `framing.cue_context.find_subject` steps over
a claim's adjectives to its possessor.
"""

from __future__ import annotations

from framing import article_text, phrases_after_cue, relative_clauses
from framing.cue_reading import NOUN_BEFORE
from framing.subject_phrases import passive_participle

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
    if glossing_reference(art, cue):
        return True
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


# What may stand right before the opener of a glossing "reference": a comma, a dash, a bracket,
# or a quotation's closing mark (`pushed this faster,” a clear reference to`).
_GLOSS_OPENERS = frozenset("a an another".split())
_BEFORE_GLOSS = tuple(",(—–\"”'’")


def glossing_reference(art: article_text.ArticleText, cue: article_text.Cue) -> bool:
    """Is "reference" the outlet's gloss on words just reported, set off after a comma, dash,
    bracket or quotation (`"... pushed this faster," a clear reference to former Speaker Paul D.
    Ryan`, `(an apparent reference to Clinton)`)?  The phrase opened by "a"/"an" (and up to two
    lower-case modifiers) says what the words meant; nobody in it speaks, and "a clear" is no
    source.  PolNeAR train/dev mark 1 of 3 such glosses as a cue; "made a reference to" and "his
    references to" (a speaker before the noun) are left to the cue reading."""
    if cue.first != cue.last or art.tokens[cue.first].norm not in ("reference", "references"):
        return False
    tokens, text = art.tokens, art.text
    for j in range(cue.first - 1, max(cue.first - 4, -1), -1):
        if not art.clean(j):
            return False
        if tokens[j].norm in _GLOSS_OPENERS:
            return text[: tokens[j].start].rstrip().endswith(_BEFORE_GLOSS)
        if not text[tokens[j].start].islower() or not tokens[j].norm.isalpha():
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
# Verb forms that open a finite verb group: of the claim's own clause (`that the vote was ...`)
# or, once that clause has its verb, of the sentence's main clause (`... was false`, `... drew
# criticism`); besides past forms in -ed ("rigged", "angered").  Irregular pasts are listed so
# that "the economy grew was false" finds the clause's verb in "grew".
_FINITE_VERBS = frozenset(
    """is was are were has have had do does did will would can could should may might must
    drew drove made led sparked became remains remained prompted caused got won lost grew fell rose
    knew said told went came took gave wrote ran paid sold met thought brought bought fought caught
    taught began held stood sent spent built meant felt heard found kept left saw""".split()
)
# Words right before a verb form that keep it inside the claim's verb group or clause:
# auxiliaries and adverbs ("were kept", "was never hacked", "have not yet announced"), "to",
# determiners ("the embattled"), relative words and conjunctions ("who worked").
_KEEPS_IN_CLAUSE = article_text.AUX | NOUN_BEFORE | frozenset("that who which whom and or but nor not n't yet".split())
# Words after which a relative clause runs inside the claim's content (`the officials who
# resigned were fired`): one verb group more before the main verb.
_RELATIVE_WORDS = frozenset("who which whom whose".split())
_SUBJECT_PRONOUNS = frozenset("he she it they we i you".split())
# Pronouns that open a relative clause after a noun (`the deal he signed`); not "it" and "you",
# which are objects as often (`pay for it was`).
_RELATIVE_SUBJECTS = frozenset("he she they we i".split())
# Prepositions: a pronoun after one is its object (`for him`), no relative clause's subject.
_PREPOSITIONS = article_text.LEADING_PREPOSITIONS | frozenset(
    "of to about against into onto through during without within among across between toward towards than like".split()
)
# Words that open a clause of their own inside the content (`the vote was rigged because he lost`,
# `... and that officials lied`): it needs a verb group of its own before the main verb.
_CLAUSE_OPENERS = article_text.SUBORDINATORS | frozenset("because if unless whether".split())
_CONJUNCTIONS = frozenset("and or but".split())


def possessed_claim_end(art: article_text.ArticleText, cue: article_text.Cue, content_start: int, content_end: int) -> int:
    """Where the content of a possessed claim noun ends: before the main verb of the sentence
    it is the subject of (`Trump's false claims that he is an advocate for workers angered
    unions`: "he is an advocate for workers"; `His claim that the vote was rigged was false`:
    "the vote was rigged").  The content is read as verb groups (`_verb`): one opens where a
    verb form does not go on the words before it (`_goes_on`: "was rigged", "had successfully
    tested", "were kept" go on; "rigged was", "unfairly was", "grew was" do not).  The claim's
    clause has one verb group; a relative clause (`the officials who resigned were fired`, `the
    people he pardoned were innocent`, `a way that helped him`) and a clause opened by "that",
    a conjunction with a subject or a subordinator (`... because he lost`) one more each.  The
    main verb is the verb group past those, outside brackets; a comma and a new phrase after
    them end the content too (`Despite his claims that he punishes the guilty, it was ...`).  `content_end` where the cue is no
    possessed "claim(s)" or no such verb follows."""
    if not _is_claim(art, cue):
        return content_end
    owner = cue.first - 1 - claim_modifiers(art, cue)
    tokens = art.tokens
    if owner < 0 or not (tokens[owner].norm.endswith(("'s", "’s")) or tokens[owner].norm in _POSSESSIVE_PRONOUNS):
        return content_end
    return end_before_main_verb(art, content_start, content_end, 1, owner)


def end_before_main_verb(art: article_text.ArticleText, content_start: int, content_end: int, needed: int, owner: int) -> int:
    """Where a content inside the sentence's subject ends: before the main verb, the verb group
    past the `needed` groups the content holds itself (1 for a clause, "the vote was rigged"; 0
    for a noun phrase, "fraud"), and past those of its relative clauses (see
    `possessed_claim_end`).  `owner` is the token the subject opens with.  `content_end` where
    no such verb follows."""
    tokens, text = art.tokens, art.text
    k0, k1 = art.token_at_or_after(content_start), art.token_at_or_after(content_end)
    groups, fresh = 0, True  # verb groups seen, next verb opens one
    for k in range(k0 + 1, k1):
        word = tokens[k].norm
        if groups >= needed and art.comma(k - 1) and (word in _RELATIVE_WORDS or _opens_clause(art, k)):
            # `Despite his claims that he punishes the guilty, it was in fact Francis who ...`,
            # `... was rigged, which he repeated`: a complete clause, then a comma and another
            return phrases_after_cue.trim_end(text, content_start, tokens[k - 1].end)
        if not art.clean(k - 1) or not text[tokens[k].start].islower():
            continue
        relative = word in _RELATIVE_WORDS or (
            (word == "that" or word in _RELATIVE_SUBJECTS) and k - 1 > k0 and _noun_like(art, k - 1)
        )
        if relative:
            needed, fresh = needed + 1, True
            continue
        if word == "that" or word in _CLAUSE_OPENERS or (word in _CONJUNCTIONS and k + 1 < k1 and _opens_clause(art, k + 1)):
            needed, fresh = max(needed, groups + 1), True
            continue
        if not _verb(art, k, k0) or not (fresh or not _goes_on(art, k)):
            continue
        if groups >= needed:
            if "(" in text[content_start : tokens[k].start]:
                return content_end  # `(the actual number is closer ...)`: an aside's own verb
            return phrases_after_cue.trim_end(text, content_start, tokens[k].start)
        if fresh and _reduced_relative(art, k, k0, k1, owner):
            # `the weapons seized were Russian`: the participle modifies "weapons", and the
            # clause's own verb ("were") is still to come
            needed += 1
        groups, fresh = groups + 1, False
    return content_end


# Finite words that open the clause's own verb group after a reduced relative participle
# (`the weapons seized were`, `the documents leaked last week will`).
_FINITE_AFTER_PARTICIPLE = article_text.AUX & frozenset(
    "is was were are has have had will would can could should may might must does did".split()
)
# Between a participle and that verb: a phrase of time or place (`seized in the raid`,
# `leaked last week`), never an object.
_NO_OBJECT_OPENERS = relative_clauses.NO_OBJECT_AFTER


def _reduced_relative(art: article_text.ArticleText, k: int, k0: int, k1: int, owner: int) -> bool:
    """Is the verb form at token k a participle modifying the noun before it (`His claim that the
    weapons seized were Russian was false`, `the documents leaked last week were fake`), not the
    claim's own verb?  It must be a participle with no object: right after it, or after a phrase
    of time or place, comes a finite "be", "have" or modal, opening the verb group the clause
    still needs.  A claim that opens its sentence needs a main verb after that group too (`His
    claim that the plan worked was false`: "worked" is the clause's verb, "was" the sentence's)."""
    tokens, text = art.tokens, art.text
    word = tokens[k].norm
    before = tokens[k - 1].norm
    if not passive_participle(word) or word in article_text.AUX or before in article_text.PRONOUNS or not _noun_like(art, k - 1):
        return False  # (`the people he pardoned were innocent`: a relative clause's own verb)
    if not art.clean(k - 1):
        return False
    f = k + 1
    if f < k1 and tokens[f].norm in _NO_OBJECT_OPENERS:
        while f < k1 and f - k <= 5 and art.clean(f - 1) and tokens[f].norm not in _FINITE_AFTER_PARTICIPLE:
            f += 1
    if f >= k1 or not art.clean(f - 1) or tokens[f].norm not in _FINITE_AFTER_PARTICIPLE or not text[tokens[f].start].islower():
        return False
    if not _opens_sentence(art, owner):
        return True  # (`Critics mocked his claim that the weapons seized were Russian`)
    for j in range(f + 1, k1):
        if art.comma(j - 1) or not art.clean(j - 1):
            return False
        if _verb(art, j, k0) and not _goes_on(art, j):
            return True  # (`... were Russian was false`)
    return False


def _opens_sentence(art: article_text.ArticleText, owner: int) -> bool:
    """Does the possessor at token `owner` open its sentence or a clause after a comma (`His
    claim`, `The minister's claim`, `Despite ..., his claim`), so that the claim is the subject of
    a verb after it?  Not after a verb or a preposition (`Critics mocked his claim`)."""
    tokens, text = art.tokens, art.text
    s_start = art.sentence_of(tokens[owner].start)[0]
    j = owner - 1
    while j >= 0 and tokens[j].start >= s_start and art.clean(j):
        word = tokens[j].norm
        if text[tokens[j].start].islower() and (word in _PREPOSITIONS or word.endswith("ed") or word in _FINITE_VERBS):
            return False
        j -= 1
    return True


def _verb(art: article_text.ArticleText, k: int, k0: int) -> bool:
    """Is token k a verb form: a finite form or past, not an adjective after a determiner ("the
    embattled senator"); or any word right after a pronoun opening the clause ("he loves")?"""
    word, before = art.tokens[k].norm, art.tokens[k - 1].norm
    if k - 1 == k0 and before in _SUBJECT_PRONOUNS:
        return True
    if word not in _FINITE_VERBS and not (word.endswith("ed") and len(word) >= 4):
        return False
    return before not in NOUN_BEFORE


def _goes_on(art: article_text.ArticleText, k: int) -> bool:
    """Does the verb form at token k go on the verb group or clause before it: after an
    auxiliary, "to", a determiner, a relative word or a negation ("was rigged", "had
    successfully tested": also across adverbs in -ly), rather than open the main clause's verb
    group (`... rigged was false`, `... unfairly was rejected`, `... grew was false`)?"""
    tokens = art.tokens
    j = k - 1
    while j > 0 and tokens[j].norm.endswith("ly") and art.clean(j - 1):
        j -= 1  # (`had successfully tested`: the adverb's own word before decides)
    before = tokens[j].norm
    if j < k - 1:
        return before in article_text.AUX or before.endswith("n't")
    return before in _KEEPS_IN_CLAUSE or before.endswith("n't")


def _opens_clause(art: article_text.ArticleText, k: int) -> bool:
    """Does token k open a clause with its own subject (a determiner, a pronoun or a capitalised
    word), as after "and" in `the vote was rigged and the count was wrong`?"""
    word = art.tokens[k].norm
    return word in NOUN_BEFORE or word in _SUBJECT_PRONOUNS or not art.text[art.tokens[k].start].islower()


def _noun_like(art: article_text.ArticleText, k: int) -> bool:
    """Could token k end a noun phrase that a relative clause follows (`the people he`): a
    lower-case word that is no function word or verb form."""
    word = art.tokens[k].norm
    if not art.text[art.tokens[k].start].islower():
        return False
    return not (
        word in _KEEPS_IN_CLAUSE or word in _PREPOSITIONS or word in article_text.CLAUSE_WORDS or word in _FINITE_VERBS or word.endswith("ed")
    )
