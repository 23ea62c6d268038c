"""The body or group a sentence opens with as its subject ("The Justice Department opened an
inquiry", "The protesters gathered downtown"), for a pronoun that opens the next sentence
("It said ...", "They said ...") where no cue credited anyone: `framing.pronoun_sources` asks.
Read from the text with a few word tests, no parse; each reading returns the name without "The"
or None, since no speaker is better than a wrong one.
"""

from __future__ import annotations

import re

from framing.lone_names import VERB_AFTER_SUBJECT_RE, group_like
from framing.plural_nouns import is_plural as _plural

# Singular head nouns of a body, a place or a document that speaks: "the company", "the Justice
# Department", "the report".  A rule table for reading a source phrase, like name_words' lists;
# a phrase ending in any other singular noun ("the spokesman", "the official") is no "it".
ORGANISATION_HEADS = frozenset(
    """government administration ministry department office agency commission committee council
    court party campaign company firm corporation corp inc group organization organisation union
    house kremlin pentagon embassy army military navy board bank fund authority service bureau
    institute center centre foundation association network newspaper magazine paper outlet
    channel station report statement study survey poll document letter memo complaint lawsuit
    filing indictment website country state city county nation regime team club league
    university school college hospital watchdog coalition alliance federation parliament congress
    senate assembly cabinet junta movement secretariat command caucus tribunal
    legislature consulate mission delegation""".split()
)
# A word of a sentence's opening subject, and what may follow its head: `of (the) Education`.
_WORD_RE = re.compile(r"[ \t]*([\w.&’'-]+)")
_OF_NAME_RE = re.compile(r"[ \t]+of(?:[ \t]+the)?((?:[ \t]+[A-Z][\w.&’'-]*)+)")


def body_subject(text: str, start: int, end: int) -> str | None:
    """The body a sentence at text[start:end] opens with as its subject, without "The": "report"
    (`The report also provided`), "Justice Department", "Department of Education"; the head a
    singular body's noun (ORGANISATION_HEADS), before it capitalised words or one lower-case
    word, after it a verb.  None for any other opening."""
    if not text.startswith("The ", start):
        return None
    pos, words = start + 4, []
    for _ in range(4):
        m = _WORD_RE.match(text, pos, end)
        if m is None:
            return None
        word, pos = m.group(1), m.end()
        words.append(word)
        if word.lower() in ORGANISATION_HEADS and (
            all(w[:1].isupper() for w in words[:-1]) or (len(words) == 2 and words[0].islower())
        ):
            of = _OF_NAME_RE.match(text, pos, end)
            stop = of.end() if of is not None else pos
            if VERB_AFTER_SUBJECT_RE.match(text, stop, end) is not None:
                return text[start + 4 : stop]
            return None
        if not word[:1].isupper() and len(words) > 1:
            return None
    return None


# Words that open a group subject and are no part of the speaker's name ("The"), or are ("Many").
_GROUP_OPENERS = frozenset("many some several other most both all top senior leading".split())
# Words after a group's head that make it no subject of the sentence's verb: a preposition or a conjunction.
_NOT_VERB_AFTER = frozenset(
    "of in on at for with from to by and or but as than across about against among over under into who which that".split()
)


# Words that make a sentence's opening no group subject: a verb of being, a demonstrative, a conjunction.
_NOT_MODIFIERS = frozenset(
    "are were is was be been have has had do did will would can could may might must should those these this that there here "
    "but and such if when while because although though as after before since once until it they we you he she i".split()
)
# Plural nouns of people that do not end like a group noun (`framing.lone_names.group_like`).
_PEOPLE = frozenset("people police candidates delegates advocates expatriates immigrants migrants women men children fans".split())


def _people(low: str) -> bool:
    """Is a lower-cased word a plural noun of people: "protesters", "Democrats", "allies",
    "candidates" (not "rules", "measures", "Riding")?"""
    return low in _PEOPLE or (_plural(low) and not low.endswith(("ss", "ing")) and group_like(low))


def group_subject(text: str, start: int, end: int) -> str | None:
    """The group a sentence at text[start:end] opens with as its subject, without "The":
    "GOP contenders" (`The GOP contenders agree`), "Democratic leaders", "Cruz’s allies",
    "Sanders supporters": capitalised words, a possessive or an opener ("Many", "Other") and at
    most one lower-case modifier, then a plural head (a lower-case plural, or a group word such
    as "Democrats"), then a verb.  None for any other opening."""
    pos, words = start, []
    if text.startswith("The ", start):
        pos = start + 4
    first = pos
    lower_modifiers = 0
    for _ in range(5):
        m = _WORD_RE.match(text, pos, end)
        if m is None:
            return None
        word, pos = m.group(1), m.end()
        low = word.lower()
        head = _people(low) and (word.islower() or word[:1].isupper() and group_like(low))
        if head and (words or word.islower()):  # (`The protesters gathered`)
            nxt = _WORD_RE.match(text, pos, end)
            if nxt is None or not nxt.group(1).islower() or nxt.group(1) in _NOT_VERB_AFTER or text[pos : pos + 1] not in (" ", "\t"):
                return None
            return text[first:pos]
        if head and word[:1].isupper() and _WORD_RE.match(text, pos, end) is not None:
            nxt = _WORD_RE.match(text, pos, end).group(1)  # `Republicans want`: the group alone
            if nxt.islower() and nxt not in _NOT_VERB_AFTER and text[pos : pos + 1] in (" ", "\t"):
                return text[first:pos]
            return None
        if low in _NOT_MODIFIERS:
            return None  # (`Those are numbers`, `But such measures`: no group subject)
        if word.islower():
            if (low not in _GROUP_OPENERS or words) and (lower_modifiers or low.endswith(("ed", "ing", "ly")) or low in _NOT_VERB_AFTER):
                return None
            lower_modifiers += low not in _GROUP_OPENERS
        elif not word[:1].isupper():
            return None
        words.append(word)
    return None
