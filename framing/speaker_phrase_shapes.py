"""Shapes of a source phrase that decide how `framing.speakers` reads it, each from the phrase's
words and the article text alone: a source set off inside another subject's clause, a description
ending in a participle that modifies its noun, a subject that denies the report ("None tweeted"),
"the spokesman" that goes back to one named before, a possessive that owns the phrase's head, and
a phrase that is a verb phrase or a clause ("tried to walk", "the campaign manager yanked her out
of the way"), which names no speaker.

Apart from `framing.speakers` because they need no memory of the article's people: the memory
asks them, and each can be read (and tested) on one phrase.
"""

from __future__ import annotations

import re

from framing.models import Token
from framing.source_clauses import IRREGULAR_PAST


def parenthetical(text: str, tokens: list[Token]) -> bool:
    """Does the source interrupt another subject's clause between commas (`Clinton, a top aide
    said, "is very confident" ... and she has often told`)?  Then a later "she" more often
    goes back to that subject than to the source."""
    start = tokens[0].start
    return text[max(0, start - 2) : start].rstrip().endswith(",") and _CUE_THEN_COMMA_RE.match(text, tokens[-1].end) is not None


def trailing_participle(text: str, tokens: list[Token]) -> bool:
    """Does a description end in a past participle that modifies its noun, what was left of a
    phrase such as `filed Thursday`, `released Friday`, `conducted for The Associated Press`
    (`A court document filed`, `The latest Reuters/Ipsos opinion poll released`)?  Then the
    participle is no part of the speaker.  Only after a lower-case noun, in a phrase with no
    clause of its own (not `who have never voted`, `an electorate he no longer recognized`,
    `A Clinton campaign official later walked`)."""
    last, before = tokens[-1], tokens[-2]
    return (
        last.norm.endswith("ed") and len(last.norm) > 4 and text[last.start].islower()
        and before.norm.isalpha() and text[before.start].islower() and not before.norm.endswith("ly")
        and before.norm not in _NOT_BEFORE_PARTICIPLE and not any(t.norm in _RELATIVES for t in tokens)
        and not any(t.norm in _CLAUSE_PRONOUNS for t in tokens[1:])
    )


def negated(text: str, tokens: list[Token]) -> tuple[str | None, bool] | None:
    """A subject that denies the report (`None tweeted`, `None of the Republicans tweeted`).
    A lone "None" is the pronoun with a sentence's capital, no name: written as is, the speaker
    would read as a missing value (Python's None; pandas reads the CSV cell "None" as one), so
    it is given in lower case, "none", a description as "nobody" is (PolNeAR credits such
    subjects, `None has offered specific plans`, so the attribution stays).  With "of" the
    phrase is a description, kept as written, never shortened to the group it picks from
    ("Republicans", who did not tweet).  None for any other phrase (`Neither Trump nor
    Clinton`: the names are read)."""
    if len(tokens) == 1:
        return ("none", False) if tokens[0].norm == "none" else None
    if tokens[1].norm == "of":
        return text[tokens[0].start : tokens[-1].end], False
    return None


def spokes_role(text: str, tokens: list[Token]) -> bool:
    """Is a source phrase "the" and a spokesman's noun, perhaps after capitalised words for
    whom he speaks (`the spokesman`, `the Pentagon spokesman`, `the White House spokeswoman`)?
    It goes back to someone, where "a spokesman" is new."""
    return (
        2 <= len(tokens) <= 4 and tokens[0].norm == "the" and tokens[-1].norm in _SPOKES_NOUNS
        and all(text[t.start].isupper() for t in tokens[1:-1])
    )


def owner_opens(text: str, tokens: list[Token]) -> bool:
    """Does the possessive of a source phrase own its head, opening the phrase after at most
    determiners (`Mr. Trump's remarks`, `even some of Mr. Clinton's admirers`), rather than
    sit inside a clause or a prepositional phrase (`a person familiar with Johnson's views`,
    `highlighting what they say was Clinton's role`)?"""
    for t in tokens:
        if t.norm.endswith("'s") or t.norm.endswith("s'"):
            return True
        if t.norm not in _BEFORE_OWNER and not text[t.start : t.start + 1].isupper():
            return False
    return True


def opens_with_verb(phrase: str) -> bool:
    """Does an unnamed source phrase open with a past tense in lower case, alone or before "to",
    a preposition or an amount ("helped", "tried to walk", "spent more time", "benefited from the
    largesse", "left little")?  Then it is the words of a clause, a verb phrase or a piece of
    what was said, and names no speaker.  (`source_clauses.clause_like` takes a past tense before
    its object, "made it easier"; a participle before a noun, "leaked emails", "retired
    neurosurgeon", is a noun phrase.)"""
    words = phrase.split()
    first = words[0]
    if not (first.isalpha() and first.islower() and (first in IRREGULAR_PAST or (len(first) > 4 and first.endswith("ed")))):
        return False
    if "by" in words:
        return False  # (`released on Tuesday by a group of researchers`: a passive with its agent, what is left of "a study released ...")
    return len(words) == 1 or words[1] in _AFTER_A_VERB


def verb_with_object_inside(phrase: str) -> bool:
    """Does an unnamed source phrase hold, after its first word, a past tense in lower case with
    its object ("Mr. Comey’s disclosure hurt her campaign’s momentum", "the campaign manager
    yanked her out of the way", "The statement also referenced the impact")?  Then it is a
    clause, a piece of what was said or of the story, and names no speaker.  Not after a relative
    word or a subject pronoun, whose clause describes the noun (`the groups who wrote to her`,
    `a woman he married the year before`), nor a participle before "by" (`a memo released by`)."""
    words = phrase.split()
    for i in range(1, len(words) - 1):
        word = words[i]
        if word.lower() in _DESCRIBING_CLAUSE_WORDS:
            return False
        if word.isalpha() and word.islower() and (word in IRREGULAR_PAST or word in _PAST_WITHOUT_ED or (len(word) > 4 and word.endswith("ed"))) and (
            words[i + 1] in _OBJECTS
        ):
            return True
    return False


# One word (the cue) and a comma after a source: `Clinton, a top aide said, "is ..."`.
_CUE_THEN_COMMA_RE = re.compile(r"\s+\w+,")
# Words before a past participle that make it a verb of a clause, not a modifier of a noun.
_NOT_BEFORE_PARTICIPLE = frozenset(
    "is are was were be been being has have had having not never also just who which that they he she we it i you "
    "later longer and or".split()
)
# Pronouns inside a description that open a clause of their own (`figures her campaign released`).
_CLAUSE_PRONOUNS = frozenset("he she they him her them his their".split())
_RELATIVES = frozenset("who which that whom".split())
# The nouns of one who speaks for a body, read back to the one named so before ("the spokesman").
_SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson".split())
# Words that may open a source phrase before the person owning its head: `even some of Mr.
# Clinton's admirers`, `the Trump campaign's`.
_BEFORE_OWNER = frozenset("the a an even some many of one both all most several".split())

# Words after a past tense that make it a verb with its complement, not a participle before a
# noun: "to", prepositions, amounts (`tried to walk`, `moved here from`, `spent more time`).
_AFTER_A_VERB = frozenset("to from in at on with into about for of over out up off here there more much little no".split())
# Words that open a clause describing a noun, before which a verb may stand in a description.
_DESCRIBING_CLAUSE_WORDS = frozenset("who whom whose which that he she they we i you it".split())
# Objects that follow a verb of a clause, never a participle before a noun: `hurt her campaign's`.
_OBJECTS = frozenset("a an the her his their its them him this these those".split())
# Past tenses without -ed that `source_clauses.IRREGULAR_PAST` leaves out.
_PAST_WITHOUT_ED = frozenset("hurt cut hit let".split())
