"""Is a lone capitalised word ("Zelensky", "Merkel") a person's name a later "he" or "she" may
refer to, or a common word, a group, a place or a body ("Officials", "Democrats", "Ankara",
"Kremlin", "NATO")?  The article is the only evidence: how the word is shaped, whether the
article also writes it in lower case, and what stands around each place it occurs.

It exists to keep this evidence apart from `framing.speakers`, which decides who speaks and asks
here about one-word names (`Speakers.is_person`) and about runs of words no person is
(`not_a_person_run`: `Indiana GOP`, `Washington D.C. He`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from framing import word_index
from framing.name_words import capitalised

# After "the W": what shows W is the head ("the Kremlin said", "the Pentagon."), not a modifier
# ("the Trump administration").
_THE_HEAD_AFTER_RE = r"(?:[,.;:]|\s+(?:said|says|has|have|is|was|had|will|would|did|does)\b)"
# Endings of group nouns and demonyms ("Officials", "Democrats", "Russians", "Critics", "Leaders"):
# a lone capitalised word with one is taken for a person only on other evidence (a title).
_GROUP_ENDINGS = ("ans", "ists", "ials", "ics", "ats", "ers", "ees", "ors", "ents", "ties", "ies")
_LONE_NAME_RE = capitalised(r"[A-Z][\w’'-]*[a-z][\w’'-]*")
# Words before a capitalised word that make it a place or a thing owned: "in Ankara", "his
# Twitter account" (not "to" or "of": "spoke to Zelensky", "the view of Merkel").
_PLACE_WORDS = frozenset("in at from across inside near throughout".split())
_OWNER_WORDS = frozenset("his her their its our my your".split())
_WORD_BEFORE_RE = re.compile(r"(\w+)[^\S\n]+$")
_PLACE_AFTER_RE = capitalised(r"[’']s|\s+[A-Z]")  # a possessive or a longer name: no evidence
_THE_HEAD_AFTER = re.compile(_THE_HEAD_AFTER_RE)
_ITS_RE = re.compile(r"\bits\b")
_SENTENCE_END_RE = re.compile(r"[.!?\n]")


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Offsets where `word` stands as a whole word in `text` (a plain search, or a long text's
    index, then the edges)."""
    for i in word_index.found_at(text, word):
        end = i + len(word)
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "’'")) and (
            end >= len(text) or not (text[end].isalnum() or text[end] in "-_")
        ):
            yield i


def _occurs(text: str, word: str) -> bool:
    return next(_occurrences(text, word), None) is not None


def _thing_at(text: str, start: int, end: int) -> bool:
    """Does this occurrence of a capitalised word read as a thing or a place: after a place
    preposition, a possessive determiner or a party letter ("in Ankara", "his Twitter account",
    "D-Va."), after "the" as the head of its phrase ("the Kremlin said"), or before an "its" in the
    same sentence ("Russia said its troops")?"""
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isupper() and (start < 3 or not text[start - 3].isalnum()):
        return True
    m = _WORD_BEFORE_RE.search(text, max(0, start - 16), start)
    if m is not None:
        before = m.group(1).lower()
        if before in _PLACE_WORDS or before in _OWNER_WORDS:
            if _PLACE_AFTER_RE.match(text, end) is None:
                return True
        elif before == "the" and _THE_HEAD_AFTER.match(text, end) is not None:
            return True
    after = text[end : end + 60]
    stop = _SENTENCE_END_RE.search(after)
    return _ITS_RE.search(after, 0, stop.start() if stop else len(after)) is not None


# Lone capitalised words that are no surname: a contraction ("We're", "I’m"), a party and state
# tag ("R-Ky"), a hyphened common word ("Talk-show"), demonyms and adjectives ("American",
# "Democratic", "British", "Chinese"), and an -ing participle opening a sentence ("Noting that
# ...", "Asserting ...") unless a title goes before it.
_NOT_SURNAME_RE = re.compile(r".*[’'](?:re|m|d|ll|ve|t)|[A-Z]-.*|.*-[a-z].*|.*(?:ican|atic|ish|ese)")
# After a one-word sentence subject: a verb or a relative clause ("Merkel spoke", "Fox, who ..."),
# not a preposition, conjunction or noun ("Talks in Ankara", "Bombastic conservative host ...").
VERB_AFTER_SUBJECT_RE = re.compile(
    r"[^\S\n]+(?:(?:also|then|later|still|never|once|now|\w+ly)[^\S\n]+)?"
    r"(?:[a-z]+(?:ed|s)|said|told|spoke|was|is|has|had|will|would|can|could|did|does|went|came|made|took|gave|got"
    r"|met|left|ran|won|lost|sat|stood|wrote|thought|knew|saw|became|began|brought|sought|held|kept|led|put|felt"
    r"|found|heard|meant|paid|sent|spent|struck|swore|threw|may|might|must|should)\b|,[^\S\n]+who\b"
)


def surname_shaped(name: str) -> bool:
    """Could `name` be a surname by its shape: capitalised with lower-case letters, no acronym
    ("NATO", "CNN"), no contraction, party tag, hyphened common word or demonym?"""
    return _LONE_NAME_RE.fullmatch(name) is not None and not name.isupper() and _NOT_SURNAME_RE.fullmatch(name) is None


def thing_or_word(text: str, name: str) -> bool:
    """Does the article write `name` in lower case ("officials") or use it as a thing or a place
    anywhere ("in Ankara", "the Kremlin said", "his Twitter account", "D-Va.", "Russia ... its")?"""
    if _occurs(text, name.lower()):
        return True
    return any(_thing_at(text, i, i + len(name)) for i in _occurrences(text, name))


def group_like(low: str) -> bool:
    """Does a lower-cased word end like a group noun or demonym ("democrats", "russians") or a
    participle ("noting")?  Such a word is a person only with a title before it."""
    return low.endswith(_GROUP_ENDINGS + ("ing",))


def written_in_lower_case(text: str, word: str) -> bool:
    """Does `text` write `word` in lower case, as a whole word ("central", "debating")?"""
    return _occurs(text, word.lower())


def used_as_place(text: str, name: str) -> bool:
    """Does the article write this capitalised word as a place or a thing somewhere ("in
    Reading", "the Kremlin said")?"""
    return any(_thing_at(text, i, i + len(name)) for i in _occurrences(text, name))


_RUN_PRONOUNS = frozenset("He She They It We".split())
_ROMAN_RE = re.compile(r"[IVX]+")  # `Abdullah II`: a regnal number, no acronym


def not_a_person_run(name: str) -> bool:
    """Is a capitalised run of several words no person a later "he" or "she" may be: one that
    ends in an acronym (`Indiana GOP`, `Priorities USA`, `Podesta Group's CEO`), in a pronoun
    that opens the next sentence after an abbreviation (`Washington D.C. He`), or a heading in
    capitals before a sentence's first word (`THE BORROWING Back when`, `POOL New`)?"""
    words = name.split()
    if len(words) < 2:
        return False
    last = words[-1].rstrip("'’s") if words[-1].endswith(("'s", "’s")) else words[-1]
    if last in _RUN_PRONOUNS or (len(last) > 1 and last.isalpha() and last.isupper() and not _ROMAN_RE.fullmatch(last)):
        return True
    first = words[0]
    return len(words) == 2 and len(first) > 3 and first.isalpha() and first.isupper() and not words[1].isupper()

