"""The part of a source phrase that says who speaks, where the phrase the attribution reading gave
runs on past its speaker: words floating after a name (`Mr. Rubio only occasionally`, `A Monmouth
poll out`, `some Republicans as a`), a clause after a name (`presidential nominee Hillary Clinton
to make a controversial`), or a thing a named person made (`a speech Mrs. Clinton delivered`:
Clinton speaks).

Why: the speaker is what a reader sees in reports and exports, and "Mr. Rubio only occasionally"
is no one's name ("Marco Rubio" is); the source span itself is left as the cue reading gave it.
Pure functions over a phrase's words and their norms; `framing.speakers` applies them.
"""

from __future__ import annotations

from framing import genders  # (at the top: an import statement in a function costs ~8,000 instructions a call)
from framing.name_words import NOT_LY_NOUNS, NOT_NAMES, TIME_WORDS, TITLE_WORDS

# Words that end no source phrase: a preposition or article left from the text after it
# (`The Not1More campaign on Tuesday`, `some Republicans as a "hug"`).
_DANGLING = frozenset("a an the on as at in from by with".split())
# Words opening a clause inside a description, after which no "to" is read as the speaker's act.
_CLAUSE_WORDS = frozenset("who whom whose which that to".split())
_PREPOSITIONS = frozenset("for of with by from about on at in".split())
# What follows a participle of motion or place after a plural head: `Protesters marching through
# the streets`, `demonstrators gathered outside` (not `groups representing Latinos`: an object).
_AUXILIARIES_IN_S = frozenset("is was has does its his this".split())  # (`the statement was coming from`: a clause)
_PARTICIPLE_COMPLEMENTS = frozenset("through outside in at on along around across into near from toward towards down up".split())
# Adverbs floating between a subject and its verb: `Mr. Rubio only occasionally disagreed`.
_FLOATING_ADVERBS = frozenset("only also later earlier again out too once first ago".split())
# What a person makes that stands for them as a source: `a speech Mrs. Clinton delivered`.
_MADE_THINGS = frozenset(
    """speech statement interview letter memo op-ed tweet post remarks address essay column book
    report testimony announcement comments message video ad email""".split()
)
# Past forms of the verbs of making such a thing, besides the regular -ed ones ("delivered", "released").
_MADE_VERBS = frozenset("gave made wrote sent told said did held put read spoke".split())


def speaker_part(words: list[str], norms: list[str]) -> tuple[int, int]:
    """(start, end) of the words of a source phrase that say who speaks; (0, len) for most."""
    start, end = 0, len(words)
    if end == 2 and norms[0] in _OWN_WORDS_POSSESSORS and norms[1] in _MADE_THINGS:
        return 0, 1  # `His comments echoed ...`: whoever "his" is speaks through them
    made = _maker(words, norms)
    if made is not None:
        return made
    if (k := _relative_before_a_name(words, norms)) is not None:
        return 0, k  # `Voters who backed Obama`: the voters speak, not the name their clause ends on
    if norms[0] in _THING_OWNERS and (k := _from_after_owned(words, norms)) is not None:
        return 0, k  # `His criminal record from the Florida Department of Law Enforcement`: the record, his, not the body's words
    for k in range(1, end - 1):
        if norms[k] == "to" and words[k - 1][:1].isupper() and words[k + 1][:1].islower() and norms[k - 1] not in TITLE_WORDS:
            end = k  # `nominee Hillary Clinton to make a controversial`: the name, not her act
            break
        if norms[k] in _QUESTION_WORDS and words[k - 1][:1].isupper() and words[k][:1].islower():
            end = k  # `(asked by) host John Dickerson whether his aim was similar to Kennedy's`: the host
            break
        if norms[k] in _CLAUSE_WORDS or norms[k] in _PREPOSITIONS:
            break  # `supporters who came to Philadelphia to protest`, `paths for Mr. Rubio to win`: a description
    for k in range(1, end - 1):
        if (
            norms[k].endswith("ing") and len(norms[k]) > 5 and words[k][:1].islower() and norms[k - 1].endswith("s")
            and not norms[k - 1].endswith("ss") and norms[k - 1] not in _AUXILIARIES_IN_S and norms[k + 1] in _PARTICIPLE_COMPLEMENTS
        ):
            end = k  # `Protesters marching through the streets`: the protesters
            break
        if norms[k] in _CLAUSE_WORDS:
            break
    while end - start > 1:
        last, word = norms[end - 1], words[end - 1]
        dangling = end
        while dangling > 1 and norms[dangling - 1] in _DANGLING and words[dangling - 1][:1].islower():
            dangling -= 1
        if dangling < end and words[dangling - 1][:1].isupper():
            end = dangling  # `some Republicans as a`, `The Not1More campaign on` (not `Al From`, nor `allies bristle at the`)
        elif word[:1].islower() and (last in _FLOATING_ADVERBS or _ly_adverb(word, last)):
            end -= 1  # `Mr. Rubio only occasionally`
        elif (
            end - start > 2 and word[:1].islower() and last.endswith("ed") and len(last) > 4
            and words[end - 2][:1].islower() and (norms[end - 2] in _FLOATING_ADVERBS or _ly_adverb(words[end - 2], norms[end - 2]))
        ):
            end -= 1  # `A Clinton campaign official later walked (back)`: the verb after an adverb, then the adverb
        elif end - start > 2 and last in TIME_WORDS and norms[end - 2] in ("a", "one", "last", "this") and words[end - 3][:1].isupper():
            end -= 2  # `Fiorina a month (later)`: when, after the name
        else:
            break
    return start, end


# Possessives before a thing that came "from" a body: the thing is someone's, not the body's work.
_THING_OWNERS = frozenset("his her their its".split())


def _relative_before_a_name(words: list[str], norms: list[str]) -> int | None:
    """Where "who" opens a relative clause after a lowercase head (`Republican senators who met
    Trump`, `Voters who backed Obama`) and the phrase ends on a capitalised word: that name is
    the clause's object, and would be read as the speaker; None otherwise."""
    if len(words) < 4 or not words[-1][:1].isupper():
        return None
    for k in range(1, len(words) - 2):
        if norms[k] == "who":
            head = words[k - 1]
            return k if head.isalpha() and (head[:1].islower() or k == 1) and norms[k - 1].endswith("s") else None
    return None


def _from_after_owned(words: list[str], norms: list[str]) -> int | None:
    """Where "from" follows a possessive and one or two lowercase words (`His criminal record
    from the ...`), before a capitalised body; None otherwise."""
    for k in (2, 3):
        if k + 1 < len(words) and norms[k] == "from" and all(w[:1].islower() for w in words[1:k]) and (
            words[k + 1][:1].isupper() or (norms[k + 1] == "the" and k + 2 < len(words) and words[k + 2][:1].isupper())
        ):
            return k
    return None


def _ly_adverb(word: str, norm: str) -> bool:
    """Is this lower-case word an -ly adverb ("occasionally", "reportedly"), not a noun ("family")?"""
    return word[:1].islower() and len(norm) > 5 and norm.endswith("ly") and norm not in NOT_LY_NOUNS


def _maker(words: list[str], norms: list[str]) -> tuple[int, int] | None:
    """The name in `a speech Mrs. Clinton delivered`, `the statement Trump released`, `an
    interview his brother Alastair Osman gave to ITV`: a determiner, a thing a person makes, a
    capitalised name (titles allowed; after a kin noun, "his brother"), its past verb, and at most
    a phrase after the verb opened by a preposition; None otherwise."""
    if len(words) < 4 or norms[0] not in ("a", "an", "the", "his", "her", "their") or norms[1] not in _MADE_THINGS:
        return None
    a = 4 if norms[2] in _POSSESSIVES and len(words) > 5 and norms[3] in KIN_NOUNS else 2  # `an interview his brother Alastair Osman gave`
    verb = next((k for k in range(a + 1, len(words)) if words[k][:1].islower()), None)
    if verb is None or not words[a][:1].isupper():
        return None
    last = norms[verb]
    if not (last in _MADE_VERBS or (last.endswith("ed") and len(last) > 4)):
        return None
    if verb < len(words) - 1 and norms[verb + 1] not in _AFTER_MADE_VERB:
        return None  # (`a statement Trump released praising ...`: more than where it went)
    if any(n in NOT_NAMES for n in norms[a:verb]):
        return None
    return a, verb


_POSSESSIVES = frozenset("his her their".split())
# Possessives whose speaker a lone pronoun names (`His comments` -> whoever "he" is; not "her", which may be an object).
_OWN_WORDS_POSSESSORS = frozenset("his their".split())
# Nouns of kin between a possessive and a name: `his brother Alastair Osman`.
KIN_NOUNS = frozenset("brother sister son daughter father mother wife husband cousin uncle aunt nephew niece".split())
# Prepositions opening where a made thing went or when: `gave to ITV`, `delivered on Monday`.
_AFTER_MADE_VERB = frozenset("to on at in with for last this".split())
# Words opening a question put to a person named before them: `host John Dickerson whether`.
_QUESTION_WORDS = frozenset("whether".split())


# Lower-case words inside a body's name: "Committee for a Responsible Federal Budget", "Alliance to
# Reclaim Our Schools".  ("of" and "and" are left out: "Ross Eisenbrey of the Economic Policy
# Institute" and "Paradis and Bennett" are people.)
_BODY_JOINERS = frozenset("for to a an the".split())
_INNER_DETERMINERS = frozenset("our their his her its".split())  # "Alliance to Reclaim Our Schools"
_NOT_BODY_WORDS = TITLE_WORDS | NOT_NAMES  # capitalised words a body's name does not take in (built once)


def body_name_start(words: list[str], norms: list[str], name: str) -> int | None:
    """Where a body's name begins when the name read from a phrase's end is only its tail after a
    lower-case joiner ("Responsible Federal Budget" of "The Committee for a Responsible Federal
    Budget"): the first capitalised word of the run, walking left over joiners and capitalised
    words; None when the name is whole, or the run holds a person's name: a given name, an
    initial, a title ("Cameron Easley for Morning Consult", "Secretary of State Mike Pompeo")."""
    n = len(name.split())
    k = len(words) - n
    if k < 2 or len(words[k]) < 3 or words[k] != name.split(None, 1)[0]:
        return None  # (the name is not the phrase's tail: `Robert Mercer, a longtime Club for Growth donor`)
    if norms[k - 1] not in _BODY_JOINERS and not (norms[k - 1] in _INNER_DETERMINERS and words[k - 1][:1].isupper()):
        return None  # (a capitalised determiner inside a name: "Reclaim Our Schools")
    j, joined = k, False
    while j > 0 and (
        norms[j - 1] in _BODY_JOINERS or (norms[j - 1] in _INNER_DETERMINERS and words[j - 1][:1].isupper())
        or (words[j - 1][:1].isupper() and not words[j - 1].isupper() and norms[j - 1].strip(".") not in _NOT_BODY_WORDS)
    ):
        joined = joined or norms[j - 1] in ("for", "to")
        j -= 1
    if j > 0 and norms[j - 1].strip(".") in TITLE_WORDS:
        return None  # `Mr. Morgan for ...`: a person
    while j < k and norms[j] in _BODY_JOINERS:
        j += 1  # (`the Committee`: from its first capitalised word)
    if j >= k - 1 or not joined or not words[j][:1].isupper() or norms[j] in NOT_NAMES:
        return None
    if any(w[:1].isupper() and (genders.is_given_name(w) or len(w.rstrip(".")) < 2) for w in words[j:]):
        return None  # a person's name in the run
    return j
