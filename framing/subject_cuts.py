"""Cutting the phrase before a cue back to its subject: past a participle phrase (`A Quinnipiac
University poll released in late August found`), a finite verb (`the Security Council issued a
statement calling`), a verb and its object before a relative pronoun, an aside set off by dashes,
a clause before the plural object an -ing cue modifies (`a van covered in stickers supporting`);
and the short noun phrase opening a sentence that a participle after a comma hangs on (`The group,
calling for calm, said`, `A grand jury indicted ..., accusing`).

Why its own module: `framing.subject_phrases` finds where the phrase begins; these decide how
much of it is the subject.  They read only the tokens of one `ArticleText`.
"""

from __future__ import annotations

from framing.article_text import AUX, CLAUSE_WORDS, LEADING_PREPOSITIONS, ArticleText
from framing.clause_subjects import IRREGULAR_PAST
from framing.plural_nouns import is_plural


# Past participles that do not end in -ed/-en/-wn: after a form of "be" they make the cue passive.
_IRREGULAR_PARTICIPLES = frozenset(
    "said told thought taught sought brought heard held felt meant read put set found made paid left kept led won quoted".split()
)


def passive_participle(word: str) -> bool:
    """Can `word` be a passive participle ("is said", "was shown", "were told")?  An adjective
    cue after "be" ("is confident that", "are wary of", "has been critical of") is not: its
    subject is the source."""
    return word.endswith(("ed", "en", "wn")) or word in _IRREGULAR_PARTICIPLES


DASHES = ("—", "–", "--")


def dash_aside_before(art: ArticleText, k: int, s_start: int) -> int | None:
    """The last token before an aside set off by dashes that ends right before token `k` (a
    floating "both", "all": `figures — whose party was once respected — both suggested`), or None."""
    if k < 2 or art.gap(k - 1).strip() not in DASHES:
        return None
    j = k - 2
    while j > 0 and k - j < 40 and art.tokens[j].start >= s_start:
        if art.gap(j).strip() in DASHES:
            return j if art.tokens[j].start >= s_start else None
        j -= 1
    return None


def after_opening_participle(art: ArticleText, p: int, k: int) -> tuple[int, int] | None:
    """The subject after a participle phrase opening the sentence at token `p` and closed by a
    comma (`Speaking Sunday on ABC's "This Week," Carson admitted ... but said`: "Carson", not
    "Speaking Sunday"), for a verb coordinated with the clause's first (its "and"/"but" at `k`):
    the capitalised words right after the comma, up to the next lower-case word; None otherwise."""
    tokens, text = art.tokens, art.text
    c = p
    while c < k and not art.comma(c):
        c += 1
    if c >= k - 1:
        return None
    a = b = c + 1
    while b + 1 < k and art.clean(b) and text[tokens[b + 1].start].isupper():
        b += 1
    if not text[tokens[a].start].isupper() or tokens[a].norm in CLAUSE_WORDS:
        return None
    return a, b


def opening_plural(art: ArticleText, k: int, s_start: int) -> bool:
    """Is token `k`, opening its sentence, a plural common noun, capitalised only as the sentence's
    first word (`Majorities in many European countries say`, `Democrats in Congress said`, `Polls
    in New Hampshire show`), rather than a name a time or place phrase follows (`Sanders in Iowa
    said`, where the article names Bernie Sanders or titles him)?  Then the phrase goes on past
    the preposition: it says who speaks."""
    tok = art.tokens[k]
    if tok.start != s_start or not is_plural(tok.norm) or tok.norm in art.speakers.anonymous_heads:
        return False  # (`Officials in Kyiv said`: an unnamed source, "Officials", as before)
    word = art.text[tok.start : tok.end]
    speakers = art.speakers
    return not speakers.is_person(word) and " " not in speakers.full_name(word)


def opening_noun_phrase(art: ArticleText, s_start: int, k: int) -> tuple[int, int] | None:
    """`The group, calling for calm, said`: a short noun phrase opening the sentence, closed by
    the comma before the participle, is its subject (a name would have been found already)."""
    tokens = art.tokens
    first = art.token_at_or_after(s_start)
    if not (first < k and k - first <= 3 and art.comma(k) and tokens[first].norm in ("the", "a", "an")):
        return None
    if any(not art.clean(t) or tokens[t].norm in AUX or tokens[t].norm in CLAUSE_WORDS or tokens[t].norm.endswith("ed") for t in range(first, k)):
        return None
    return (first, k) if tokens[k].norm not in AUX and not tokens[k].norm.endswith("ed") else None



def opening_subject_of_verb(art: ArticleText, s_start: int, k: int) -> tuple[int, int] | None:
    """`A grand jury indicted the officers on Friday, accusing them of`: a short lower-case noun
    phrase opening the sentence (an article and up to three words), then a verb in the past,
    is the subject of the clause the participle after the comma hangs on (a name would have
    been found already)."""
    tokens, text = art.tokens, art.text
    first = art.token_at_or_after(s_start)
    if not (first + 1 < k and art.comma(k) and tokens[first].norm in ("the", "a", "an")):
        return None
    for v in range(first + 1, min(first + 5, k)):
        norm = tokens[v].norm
        if not art.clean(v - 1) or not text[tokens[v].start].islower() or norm in AUX or norm in CLAUSE_WORDS:
            return None
        if v > first + 1 and ((norm.endswith("ed") and len(norm) > 4) or norm in IRREGULAR_PAST):
            return first, v - 1
    return None


# Words after which an article opens no new noun phrase of its own (`the head of the agency`).
NOUN_LINKS = LEADING_PREPOSITIONS | frozenset("of to into about as than like among between through".split())


def object_before_relative(art: ArticleText, k: int, end: int) -> int:
    """`k` moved to the noun phrase a relative pronoun hangs on, when the phrase before it holds
    a verb and its object (`The senator praised the head of the agency who said` -> "the head
    of the agency", `He met a group of farmers who said` -> "a group of farmers"): the first
    article after a lower-case word that is no preposition."""
    tokens, text = art.tokens, art.text
    for d in range(k + 1, end + 1):
        if tokens[d].norm in ("the", "a", "an"):
            before = tokens[d - 1].norm
            if before.isalpha() and text[tokens[d - 1].start].islower() and before not in NOUN_LINKS:
                return d
    return k


PARTICIPLE_COMPLEMENTS = frozenset("in on at last this earlier from over during".split())  # not "by": its agent may speak


def before_participle_phrase(art: ArticleText, k: int, end: int) -> int:
    """`end` moved back to before a past participle that modifies the noun before it and opens a
    phrase of its own (`A Quinnipiac University poll released in late August found` -> "A
    Quinnipiac University poll")."""
    tokens, text = art.tokens, art.text
    if end - k < 2 or tokens[k].norm in AUX:
        return end
    for v in range(k + 1, end):
        norm = tokens[v].norm
        if norm.endswith("ed") and len(norm) > 4 and text[tokens[v].start].islower() and tokens[v + 1].norm in PARTICIPLE_COMPLEMENTS:
            if agent_after(art, v + 2, end):
                return end  # `One released this week by Fox News found`: the agent speaks, kept
            return v - 1
    return end


def agent_after(art: ArticleText, a: int, end: int) -> bool:
    """Does "by" and a capitalised word stand among tokens a..end (the agent of a participle:
    `released this week by Fox News`)?"""
    tokens, text = art.tokens, art.text
    return any(tokens[j].norm == "by" and text[tokens[j + 1].start].isupper() for j in range(a, end))




# Verbs whose object does what the -ing participle after it says (`had Republicans wondering`,
# `left many nations feeling`, `had black artists writing songs`).
OBJECT_CONTROL = frozenset("had left leaves keeps kept got gets saw sees heard hears found finds".split())
# Adverbs of AUX that may stand before such a verb: `also left`, `still had`.
_ADVERBS_BEFORE_VERB = frozenset("also still even never often once then just again already".split())
# First words of a phrase that is no subject to cut back to.
NO_SUBJECT = frozenset("there this that these those what which it yet more many most some he she they we i you".split())


def before_finite_verb(art: ArticleText, k: int, end: int) -> int:
    """`end` moved back to before the first verb after the first word of the phrase before an
    -ing cue: the participle's source is that clause's subject, not the clause
    (`the Security Council issued a statement calling` -> "the Security Council", `Rakeyia Scott
    can be heard yelling` -> "Rakeyia Scott"); after a verb whose object does the act, minus one
    plus the object's first token (`had Republicans wondering` -> "Republicans")."""
    tokens, text = art.tokens, art.text
    if tokens[k].norm in NO_SUBJECT or not tokens[k].norm[:1].isalpha():
        return end  # `there is evidence suggesting`, `This prompted ...`, `800,000 was spent on ads attacking`
    for v in range(k + 1, end + 1):
        norm = tokens[v].norm
        if text[tokens[v].start].islower() and (
            (norm.endswith("ed") and len(norm) > 4) or norm in IRREGULAR_PAST or (norm in AUX and norm != "to")
        ):
            if norm in OBJECT_CONTROL and v < end and not passive_participle(tokens[v + 1].norm) and tokens[v + 1].norm not in AUX:
                return -(v + 1)  # `... had Republicans wondering`: the object is the source
            if norm in _ADVERBS_BEFORE_VERB and v + 1 < end and tokens[v + 1].norm in OBJECT_CONTROL and (
                not passive_participle(tokens[v + 2].norm) and tokens[v + 2].norm not in AUX
            ):
                return -(v + 2)  # `The dissolution of the Soviet Union also left many E.U. nations feeling`: the nations
            return v - 1
    return end


# Prepositions whose object an -ing cue right after it may modify: `a van covered in stickers
# supporting Trump`, `a race for candidates proposing`.  Not "of": `the share of Republicans
# saying` is the share's (PolNeAR marks the whole phrase).
_OBJECT_PREPOSITIONS = frozenset("in for with from by on at among".split())
# Plural words that are no noun the participle modifies: `among those sounding`, `in politics - bragging`.
_NOT_OBJECT_HEADS = frozenset("those these others politics news".split())
_PAIR_WORDS = frozenset("both each either".split())


def object_before_participle(art: ArticleText, k: int, end: int) -> int | None:
    """Where the object of a preposition starts when it ends the phrase right before an -ing
    cue (`took possession of a van covered in stickers supporting`: "stickers"): the participle
    modifies that noun, which PolNeAR marks as the source (66 of 78 -ing cues after a plural
    noun in train have the noun phrase right before as source).  At most three words after the
    preposition, lower-case, none a verb of the clause; None otherwise."""
    tokens, text = art.tokens, art.text
    if art.gap(end) != " " or not is_plural(tokens[end].norm) or tokens[end].norm in _NOT_OBJECT_HEADS:
        return None  # (`a microphone telling`, `on the record endorsing`, `among those sounding`: as it was)
    for d in range(end, max(k, end - 3), -1):
        if not art.clean(d - 1) or not text[tokens[d].start].islower() or not tokens[d].norm.isalpha() or tokens[d].norm in AUX:
            return None
        if tokens[d - 1].norm in _OBJECT_PREPOSITIONS:
            return None if tokens[d].norm in _PAIR_WORDS else d  # (`ads with both outlets reminding`: the ads remind)
    return None


def gerund_subject(art: ArticleText, p: int, s_start: int) -> bool:
    """Is the capitalised -ing word at token `p` the first of its sentence and no name the article
    gives in full ("Manning" after "Chelsea Manning")?  Before an "and" and an -ing cue it opens a
    gerund subject, a deed, not a speaker."""
    word = art.text[art.tokens[p].start : art.tokens[p].end]
    return p == art.token_at_or_after(s_start) and word.isalpha() and " " not in art.speakers.full_name(word)


def aside_opening(art: ArticleText, c: int, s_start: int) -> int:
    """The token before the comma that opens the aside closed by the comma after token `c` (the
    sentence's first token when no comma does)."""
    a = c - 1
    while a >= 0 and art.tokens[a].start >= s_start and not art.comma(a):
        a -= 1
    return a if a >= 0 and art.tokens[a].start >= s_start else art.token_at_or_after(s_start)


def verb_after_aside(art: ArticleText, k: int, end: int) -> bool:
    """Does the phrase before an -ing cue open, right after a comma, with a past tense in lower
    case and its object (`..., posted an early-morning tweet lashing out`)?  The verb's subject
    stands before the comma, past the aside, and the participle is that subject's act."""
    tok = art.tokens[k]
    word = art.text[tok.start : tok.end]
    return end > k and word.isalpha() and word.islower() and (
        (word.endswith("ed") and len(word) > 4) or word in IRREGULAR_PAST
    ) and art.tokens[k + 1].norm in ("a", "an", "the", "his", "her", "their", "its")
