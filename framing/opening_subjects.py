"""The body or group a sentence opens with as its subject ("The Justice Department opened an
inquiry", "The protesters gathered downtown"), for a pronoun that opens the next sentence
("It said ...", "They said ...") where no cue credited anyone: `framing.pronoun_sources` asks.
Read from the text with a few word tests, no parse; each reading returns the name without "The"
or None, since no speaker is better than a wrong one.  An adverbial fronted before the subject or
the pronoun ("In 2000, they attacked", "In 1993, radical Islamists bombed") is stepped over
(`fronted_adverbial`, `after_fronted_adverbial`).
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


def people_plural(low: str) -> bool:
    """Is a lower-cased word a plural noun of people ("politicians", "voters", "figures" is not)?
    (`_people`, for the readers of subjects elsewhere.)"""
    return _people(low)


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
    if text.startswith(("The ", "the "), start):
        pos = start + 4  # ("the" after a fronted adverbial: `In the end, the protesters gathered`)
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


# Words of a fronted phrase.
_FRONTED_WORDS_RE = re.compile(r"[A-Za-z][\w’'-]*")
# Prepositions and time words that open an adverbial fronted before a "they" (`In 2000, they
# attacked`, `Last week, they endorsed`, `But in Michigan a week ago, they supported`).
_FRONTED_OPENERS = frozenset(
    """in on at by during after before within since until over through throughout under from
    last earlier later first second third finally then now today yesterday tonight
    mostly""".split()
)
# Words that make a fronted phrase a clause, or bring in another possible "they".
_NOT_IN_FRONTED = frozenset(
    "is are was were be been has have had do does did will would can could said says who which that when if as because".split()
)
_TIME_UNITS = frozenset("seconds minutes hours days weeks months years decades".split())
# The phrase between a sentence's start and its "they": an optional conjunction, then the adverbial.
_FRONTED_RE = re.compile(r"(?:(?:But|And|Yet|So|Still)[ \t]+)?([A-Za-z][^,;:\"“”()\n]{0,48})(?:,[ \t]+|[ \t]+)")


def fronted_adverbial(text: str, start: int, offset: int) -> bool:
    """Is text[start:offset], before a "they", an adverbial phrase fronted before it, opening
    with a preposition or a time word, with no verb and no plural or other group in it (`In 2000,
    they`, `A few minutes later they`, `But in Michigan a week ago, they`)?  Then the "they"
    opens its clause as it would open its sentence."""
    m = _FRONTED_RE.fullmatch(text, start, offset)
    return m is not None and _adverbial(m.group(1))


def after_fronted_adverbial(text: str, start: int, end: int) -> int:
    """Where the clause of the sentence at text[start:end] opens after a fronted adverbial set
    off by a comma (`In 1993, radical Islamists bombed ...` -> the offset of "radical"); `start`
    when it opens with none."""
    m = _FRONTED_RE.match(text, start, end)
    if m is None or "," not in text[m.end(1) : m.end()] or not _adverbial(m.group(1)):
        return start
    return m.end()


def _adverbial(phrase: str) -> bool:
    words = _FRONTED_WORDS_RE.findall(phrase)
    if not words:
        return False
    first = words[0].lower()
    if first not in _FRONTED_OPENERS and not (first == "a" and len(words) > 1 and words[1].lower() == "few"):
        return False
    if first == "a" and words[-1].lower() not in ("later", "ago", "earlier"):
        return False
    return not any(
        w.lower() in _NOT_IN_FRONTED or ((_plural(w.lower()) or group_like(w.lower())) and w.lower() not in _TIME_UNITS)
        for w in words[1:]
    )
