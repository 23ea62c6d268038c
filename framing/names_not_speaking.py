"""When the name inside a source phrase is not who speaks: those who speak for a person (`Aides to
Clinton`), one who works for a body (`a reporter for USA Today`), the holder of an office (`the
head of the IMF`), a place after a noun (`the mood in Kyiv`, `Democrats in Congress`) and people
of a name (`residents of Flint`).  `framing.phrase_names.phrase_reading` then keeps the phrase as
written; kept apart so each module stays small.
"""

from __future__ import annotations

from framing.name_words import OFFICES, OTHERS_OF_A_PERSON, TITLE_WORDS
from framing.opening_subjects import people_plural
from framing.plural_nouns import is_plural


def speaks_for(norms: list[str], k: int) -> bool:
    """Does the name at `k` follow, past its titles, a noun of those who speak for a person and
    "to", "for" or "of" (`Aides to Clinton`, `A lawyer for Sen. Bob Menendez`, `spokesman for
    Mayor Frank G. Jackson`)?  Then they speak, not the person named."""
    while k > 0 and norms[k - 1] in _TITLES:
        k -= 1
    return k >= 2 and norms[k - 1] in ("to", "for", "of") and norms[k - 2] in OTHERS_OF_A_PERSON


_DOTTED_TITLES = frozenset(t + "." for t in TITLE_WORDS)
# Title words with and without their full stop, united once here: a union of the two in the
# loops above cost about 10,000 instructions each time it was read.
_TITLES = TITLE_WORDS | _DOTTED_TITLES
# Prepositions after a job noun that bring in whom the person works for: `a reporter for USA
# Today`, `a producer with NBC`, `a researcher at the Brookings Institution`, `the editor of The Forward`.
_EMPLOYER_PREPOSITIONS = frozenset("for with at of".split())


def works_for(words: list[str], norms: list[str], k: int, job_nouns: frozenset[str]) -> bool:
    """Does the name at `k` follow, past its titles and "the", a job noun written in lower case
    and a preposition (`a reporter for USA Today`, `A producer for Yahoo Studios`, `a researcher
    at the Brookings Institution`)?  Then the person speaks: the description is the speaker."""
    if not job_nouns:
        return False
    while k > 0 and norms[k - 1] in _TITLES:
        k -= 1
    if k > 0 and norms[k - 1] == "the":
        k -= 1
    return k >= 2 and norms[k - 1] in _EMPLOYER_PREPOSITIONS and norms[k - 2] in job_nouns and words[k - 2][:1].islower()


def heads_a_body(words: list[str], norms: list[str], k: int) -> bool:
    """Does the name at `k` follow, past "the", "of" or "at" and an office written in lower case
    (`The director of the FBI`, `the chief executive of Ora Media`, `the head of the IMF`)?  Then
    the office's holder speaks, a person, never the body: the description is the speaker (or the
    one the article names holding it, `RoleHolders`)."""
    if k > 0 and norms[k - 1] == "the":
        k -= 1
    return k >= 2 and norms[k - 1] in ("of", "at") and norms[k - 2] in OFFICES and words[k - 2][:1].islower()




# Prepositions of place: "the mood in Kyiv", "voters across Iowa" (not "of"/"for": "the head of
# the IMF", "a spokesman for the Kremlin" name whom the speaker stands for).
_PLACE_PREPOSITIONS = frozenset("in at from across inside outside near around throughout".split())


def place_after_thing(words: list[str], norms: list[str], first: int) -> bool:
    """Is the name at `first` a place after a common noun ("The setting in Turkey offered ...",
    "the president in Washington")?  Then the speaker is that noun's phrase (or the person the
    article names with that role), never the place."""
    if first >= 3 and norms[first - 1] == "and":
        # `Monitors in Kharkiv and Zaporizhzhia`: two places after the noun, never the speaker
        k = first - 2
        # (or after "of" and a plural noun: `The mayors of New York and Chicago`)
        while k > 0 and words[k][:1].isupper() and words[k - 1][:1].isupper() and norms[k - 1] not in _PLACE_PREPOSITIONS:
            k -= 1
        return k >= 2 and words[k][:1].isupper() and (
            norms[k - 1] in _PLACE_PREPOSITIONS or (norms[k - 1] == "of" and norms[k - 2].endswith("s"))
        )
    if _plural_opening_in(norms, first):
        return True  # `Democrats in Congress`, `Republicans in the Senate`: a plural noun opening the phrase (its capital the sentence's)
    if first < 2 or norms[first - 1] not in _PLACE_PREPOSITIONS:
        return False
    if norms[first - 2].strip(".") in TITLE_WORDS or norms[first - 2] in _PARTY_MEMBERS:
        return True  # `Senator from Texas`, `the Republican from Alabama`: a role, not the place
    return words[first - 2][:1].islower()  # "Lavrov in Moscow" is another matter: a name, then a place


def _plural_opening_in(norms: list[str], first: int) -> bool:
    """Is the name at `first` a place after the phrase's first word, a plural noun, and a place
    preposition, perhaps with "the" (`Democrats in Congress`, `Republicans in the Senate`,
    `Polls in New Hampshire`)?  `framing.subject_cuts.opening_plural` let such a phrase run
    past its preposition only where the word is no person the article names."""
    p = first - 1
    if p == 2 and norms[p] == "the":
        p = 1
    return p == 1 and norms[1] in _PLACE_PREPOSITIONS and is_plural(norms[0])


def people_of_a_name(words: list[str], norms: list[str], first: int) -> bool:
    """Is the name at `first` what a plural noun of people before "of" belongs to ("a dozen
    members of Congress", "residents of Flint", "fans of Bradley Cooper")?  Then those people
    speak, as the phrase says, not the body or person named ("the city of Cleveland" and "the
    state of Texas", singular, are the place; "the minds of Americans", no people)."""
    return first >= 2 and norms[first - 1] == "of" and words[first - 2].islower() and people_plural(norms[first - 2])


# Party members a place may follow as a role: "the Republican from Alabama".
_PARTY_MEMBERS = frozenset("republican republicans democrat democrats independent".split())
