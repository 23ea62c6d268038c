"""People who speak together, as one speaker: "Chuck Grassley and Patrick J. Leahy" for `Mr.
Grassley and Mr. Leahy said`, each by the fullest name the article gives.  `framing.speaker_pairs`
finds the coordinated names in the text; this joins them, asking the article's memory of people
(`framing.person_memory.PersonMemory`) which may be persons.  Split out of `framing.speakers`
to keep each module small.
"""

from __future__ import annotations

import re

from framing import speaker_pairs
from framing.models import Token
from framing.name_words import HONORIFICS, PRONOUNS_OTHER, PRONOUNS_PERSON, TITLE_WORDS
from framing.person_memory import PersonMemory

# Pronouns are no names to join (`He and House Judiciary Committee Chairman Bob Goodlatte`).
_PRONOUNS = PRONOUNS_PERSON | PRONOUNS_OTHER


def joint_with(people: PersonMemory, tokens: list[Token], name: str) -> str | None:
    """"Chuck Grassley and Patrick J. Leahy" when the person a source phrase names is the
    last of people coordinated at the head of its clause (`Mr. Grassley and Mr. Leahy said`,
    the first ones before the phrase or inside it); None otherwise."""
    text = people.text
    s0 = tokens[0].start
    if not text.endswith("and ", max(0, s0 - 4), s0) and " and " not in text[s0 : tokens[-1].end] and (
        not text.endswith(" ", 0, s0) or not text.endswith("and ", 0, speaker_pairs.titles_start(text, s0))
    ):
        return None  # most sources: two searches in C, no loop (and one for titles before them)
    k = len(tokens)
    while k > 0 and text[tokens[k - 1].start : tokens[k - 1].start + 1].isupper():
        k -= 1  # the capitalised words ending the phrase: the last conjunct
    if k > 0 and text.endswith("and ", max(0, s0 - 4), s0) and text[s0 : s0 + 1].isupper() and not any(
        t.norm == "and" for t in tokens
    ):
        k = 0  # `Stephen Cohen and |Bradford DeLong of the University of California`: the name opens the phrase
    if k == len(tokens) or (k > 0 and tokens[k - 1].norm != "and"):
        return None  # (`and` inside the phrase, or none: the text before it is read)
    start = tokens[k].start
    if not text.endswith("and ", max(0, start - 4), start):
        start = speaker_pairs.titles_start(text, start)  # `Trump, Ryan and RNC Chairman |Reince Priebus`
        if not text.endswith("and ", max(0, start - 4), start):
            return None  # most sources: one look at the text before them
    conjuncts = speaker_pairs.conjuncts_before(text, start)
    if conjuncts is None:
        return None
    return joint_speaker(people, [*conjuncts, (name.split(), False)], people_only=False)

def joint_speaker(people: PersonMemory, conjuncts: list[tuple[list[str], bool]] | None, people_only: bool = True) -> str | None:
    """People named together, each by the fullest name the article gives, as one speaker
    ("Ben Carson, Ted Cruz and Rand Paul"); None unless every one may be a person.  With
    `people_only` False (names coordinated as the subject of a cue), bodies, places and groups
    join too ("Forbes and Wealth-X say", "Both Democrats and Republicans have argued")."""
    if not conjuncts:
        return None
    names = []
    for words, titled in conjuncts:
        name = people.full_name(" ".join(words)) if len(words) == 1 else " ".join(words)
        if " " not in name and name.lower() in _PRONOUNS:
            return None  # `He and House Judiciary Committee Chairman Bob Goodlatte`: a pronoun is no name to join
        if people_only and " " not in name and not people.is_person(name, titled) and not (titled and name.lower() in TITLE_WORDS):
            return None  # (`Mr. King`: a title word after an honorific is a surname, `speaker_pairs` kept it)
        if name not in names:
            names.append(name)
    if len(names) < 2:
        return None
    return ", ".join(names[:-1]) + " and " + names[-1]


# A statement or letter issued together: `Pelosi and Schumer released a joint statement`.
_JOINT_NOUNS = frozenset("statement statements letter release communique declaration".split())
_ISSUED_JOINT_RE = re.compile(r"\b(?:issued|released|put out|sent|signed|published|made)\s+an?\s+joint\s+(\w+)")
# Names coordinated right before that verb, a party tag after each (`Nancy Pelosi (D-Calif.)`).
_NAME_RUN = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
_ISSUERS_RE = re.compile(rf"({_NAME_RUN}(?:\s*,\s*{_NAME_RUN})*\s*,?\s+and\s+{_NAME_RUN})\s*$")
_TAG_RE = re.compile(r"\s*\([^()]{1,30}\)")
_SENTENCE_END_RE = re.compile(r"(\w\w+)[.!?][\"”’]?\s+")  # (a word of two letters or more: not an initial)
_REACH = 3000  # characters back to the statement's issuing


def joint_statement_issuers(people: PersonMemory, tokens: list[Token]) -> str | None:
    """"Nancy Pelosi and Chuck Schumer" for a source phrase "the joint statement" when the
    article said before who issued it (`House Speaker Nancy Pelosi (D-Calif.) and Senate Minority
    Leader Chuck Schumer (D-N.Y.) released a joint statement`), the last such issuing before the
    phrase, each by the fullest name the article gives; None otherwise."""
    norms = [t.norm for t in tokens]
    if not (2 <= len(norms) <= 3 and norms[-2] == "joint" and norms[-1] in _JOINT_NOUNS and norms[0] in ("the", "their", "joint")):
        return None
    text, start = people.text, tokens[0].start
    issued = [m for m in _ISSUED_JOINT_RE.finditer(text, max(0, start - _REACH), start) if m.group(1).lower() in _JOINT_NOUNS]
    if not issued:
        return None
    lo = max(0, issued[-1].start() - 300)
    ends = [e.end() for e in _SENTENCE_END_RE.finditer(text, lo, issued[-1].start()) if e.group(1).lower() not in HONORIFICS]
    before = _TAG_RE.sub("", text[ends[-1] if ends else lo : issued[-1].start()])  # (its own sentence: not `Putin. Trump`)
    m = _ISSUERS_RE.search(before)
    if m is None:
        return None
    conjuncts = []
    for part in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group(1)):
        words = part.split()
        titles = [i for i, w in enumerate(words) if w.lower().strip(".") in TITLE_WORDS]
        titled = bool(titles)
        words = words[titles[-1] + 1 :] if titles else words
        if not words or any(w.lower().strip(".") in _PRONOUNS for w in words):
            return None
        conjuncts.append((words, titled))
    return joint_speaker(people, conjuncts, people_only=False)
