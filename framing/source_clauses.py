"""Source phrases that are clauses, not noun phrases: where a phrase that opens with its subject
runs on into its verb ("Trump avoids", "Cruz made an unprompted", "he barely"), where a name is
followed by the occasion of its words ("Dan Golvach when asked"), and phrases that name no one
at all ("is seizing on", "Do you", "There is no", "made it easier").

Why: a wrong reading of a sentence can leave a clause as the source phrase, and a user sees the
speaker in reports and exports, where it must be a name, a description or nothing.
`framing.speakers` asks these before it reads a phrase as a name.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.name_words import NAME_PARTICLES, NOT_LY_NOUNS, NOT_NAMES, OTHERS_OF_A_PERSON, is_name_part

# Past tenses without -ed that end a subject before them (`Mr. Obama set about persuading`).
IRREGULAR_PAST = frozenset(
    "said told spoke set sent left made took gave got met ran won lost held kept led put felt found heard paid spent "
    "brought came went became began wrote".split()
)
# Right after a name or pronoun opening a source phrase, words that show the phrase runs on into
# that subject's clause ("Cruz made an unprompted", "Mr. Rhodes sought", "He also acknowledged"):
# auxiliaries, adverbs that stand between a subject and its verb, and past tenses without -ed.
_AUXILIARIES = frozenset("is are was were has have had will would can could did does do may might must should shall".split())
_AFTER_SUBJECT = (
    _AUXILIARIES
    | frozenset("also still never often later then again once already just even now too repeatedly reportedly however soon".split())
    | IRREGULAR_PAST
    | frozenset("sought thought knew saw struck swore threw sat stood meant".split())
)
_INVERTED_SUBJECTS = frozenset("he she they we i you it".split())
_SUBJECT_PRONOUNS = _INVERTED_SUBJECTS
# Words after a subject pronoun that keep it a noun phrase: `she and another reporter`, `they all`.
_NOT_VERBS_AFTER_PRONOUN = frozenset("and or nor who himself herself themselves itself alone both all each".split())
# Endings of plural nouns, which may follow a name as the head it modifies ("Trump voters",
# "Clinton loyalists", "Senate filings") and so are no -s verb ("Trump avoids").
_PLURAL_NOUN_ENDINGS = (
    "ers", "ors", "ists", "ans", "ants", "ents", "ees", "als", "ics", "ies", "ites", "ions", "ings", "ss", "us",
    "ides", "ages", "ups",
)


# Subordinators that, after a name, open the occasion of its words (`said Dan Golvach when asked`).
_OCCASION_OPENERS = frozenset("when while after before because".split())


def name_before_occasion(words: Sequence[str], norms: Sequence[str]) -> int | None:
    """Where a name ends that a subordinate clause follows in a source phrase ("Cruz constituent
    Dan Golvach when asked" -> 4); None if no such clause follows a capitalised word."""
    for j in range(2, len(norms)):
        if norms[j] in _OCCASION_OPENERS and words[j][:1].islower() and is_name_part(words[j - 1]):
            return j
    return None


def subject_before_verb(words: Sequence[str], norms: Sequence[str]) -> tuple[int, bool] | None:
    """Where a source phrase that opens with a subject runs on into its verb ("Trump avoids",
    "Cruz made an unprompted", "President Barack Obama also is reported", "He also acknowledged"):
    (k, only_if_person), the subject being words[:k]; None for any other phrase.  A word in -s or
    -ed is a verb only after a person (`only_if_person`): after a group or a thing it is a noun or
    a participle the phrase goes on with ("Media shares", "Democrats involved", "Figures
    reported"), and a plural noun a person's name may modify ("Trump voters") is none; but an -ed
    word before an object ("answered an", "invoked the") is a verb after anyone."""
    if len(norms) > 1 and norms[0] in _SUBJECT_PRONOUNS and words[1][:1].islower() and norms[1] not in _NOT_VERBS_AFTER_PRONOUN:
        return 1, False  # `he barely`, `she warned`, `they wouldn't answer`: after a pronoun, a verb
    k = 0
    while k < len(words) and (is_name_part(words[k]) or (k and norms[k] in NAME_PARTICLES)):
        k += 1
    if k == 0 or k == len(words) or norms[0] in NOT_NAMES or norms[0] == "here" or norms[k - 1].endswith(("'s", "s'")):
        return None  # (`Here are the people`: no subject)
    if not words[k][:1].islower():
        return None
    verb = norms[k]
    if verb in _AUXILIARIES and k + 1 < len(norms) and norms[k + 1] in _INVERTED_SUBJECTS:
        return None  # `Little did they know`: the subject comes after the verb
    if verb in _AFTER_SUBJECT or (len(verb) > 5 and verb.endswith("ly") and verb not in NOT_LY_NOUNS):
        return k, False
    if verb in _VERBS_BEFORE_TO and k == len(norms) - 1:
        return k, False  # `Investors tend to dislike`, `Republicans choose to not believe`: the subject, then its verb
    past = len(verb) > 4 and verb.endswith("ed")
    if past and k + 1 < len(norms) and (norms[k + 1] in _OBJECT_OPENERS or norms[k + 1] in _INVERTED_SUBJECTS):
        return k, False  # `Sanders answered an`, `Schlafly invoked the`: a past tense with its object
    if past or verb in _VERBS_LIKE_PLURALS or (
        len(verb) > 3 and verb.endswith("s") and not verb.endswith(_PLURAL_NOUN_ENDINGS) and verb not in OTHERS_OF_A_PERSON
    ):
        return k, True
    return None


def described_name_before_verb(words: Sequence[str], norms: Sequence[str]) -> tuple[int, int] | None:
    """Where a name starts and ends (its first word, the verb's) in a source phrase that opens
    with a description in lower case after its capital, then the name, then a past tense: "Former
    presidential candidate Mitt Romney tweeted his" -> (3, 5), the subject being words[:5].
    `subject_before_verb` reads a phrase that opens with the name; this one's subject opens
    with words no name holds.  The caller asks that the name open with a given name (a person)."""
    d = 1
    while d < len(words) and d <= 3 and words[d][:1].islower() and words[d].replace("-", "").isalpha() and norms[d] not in NOT_NAMES:
        d += 1
    if d == 1 or not words[0][:1].isupper() or norms[0] in NOT_NAMES:
        return None
    k = d
    while k < len(words) and is_name_part(words[k]):
        k += 1
    if k - d < 2 or k == len(words) or not words[k][:1].islower():
        return None
    verb = norms[k]
    past = (len(verb) > 4 and verb.endswith("ed")) or verb in IRREGULAR_PAST
    return (d, k) if past else None


# Verbs in -s ending like plural nouns ("Americans", "servants"): after a person they are the
# verb ("Hillary Clinton plans to call on", "Trump wants to").
_VERBS_LIKE_PLURALS = frozenset("plans wants".split())
# Plain verbs that take "to" and the cue's verb after them, and are no nouns a name may modify
# ("Investors tend to dislike"; not "plan", "hope" or "need": "the GOP plan to repeal").
_VERBS_BEFORE_TO = frozenset("tend choose want seem appear continue refuse try prefer intend agree begin expect threaten decline".split())
_FINITE_WORDS = frozenset("is are was were be been can could will would has have had".split())
_NOT_SPEAKER_OPENERS = frozenset("perhaps came went got unlike".split())
_EXPLETIVES = frozenset("there here this that".split())
_BE = frozenset("is are was were".split())
_QUESTION_WORDS = frozenset("how why what where when".split())
# First words that make a phrase a question, a command or a comparison: `do you`, `let them`, `compared with 64 percent`.
_CLAUSE_OPENERS = frozenset("do does did let compared".split())
# Words after a past tense that make it a verb with its object (`made an endless stream`,
# `sent a letter`, `authorized a significant staffing increase`), not a participle before a noun
# (`retired neurosurgeon`, `embattled company`).
_OBJECT_OPENERS = frozenset("a an the it them him her his their its this that these those".split())


def clause_like(phrase: str) -> bool:
    """Does an unnamed source phrase read as a clause rather than a noun phrase, with an
    auxiliary, a verb or an adverb first ("is seizing on ...", "can be credited to ...", "came
    away", "perhaps", "Unlike Patriot"), a question, a command or an expletive ("do you", "How do
    you", "let them", "There is no"), or a past tense before its object ("made it easier", "This
    prompted the tabloid")?  Then it names no speaker.  (A verb inside the phrase is no sign: "the
    embattled company", "Everyone I interviewed" still name whom they speak for.)"""
    words = phrase.split()
    first = words[0]
    if first.lower() in _NOT_SPEAKER_OPENERS or first.lower() in _CLAUSE_OPENERS:
        return True
    if len(words) > 1 and words[1] in _OBJECT_OPENERS and (first in IRREGULAR_PAST or (len(first) > 4 and first.endswith("ed"))):
        return True  # `made it easier for courts`, `sent a letter on Thursday`
    low, second = first.lower(), words[1].lower() if len(words) > 1 else ""
    if (low in _EXPLETIVES and second in _BE) or (low in _QUESTION_WORDS and second in _AUXILIARIES):
        return True  # `There is no`, `How do you`, `Why had he`: a clause, no one named
    if low in _EXPLETIVES and len(words) > 2 and words[2] in _OBJECT_OPENERS and (second in IRREGULAR_PAST or second.endswith("ed")):
        return True  # `This prompted the tabloid`
    return first in _FINITE_WORDS  # (not a participle first: "meddling the California congressman")


# Subject pronouns that may end a source phrase after the words of another clause (`a policy
# change he`, `on Tuesday night she`, `Yet they're`); a lone "I" is read as the writer elsewhere.
_CLOSING_PRONOUNS = frozenset("he she they we".split())
# Words before a pronoun that make the phrase a question or an inversion (`Did they`, `Would
# they`, `how she`, `Not only did she`): the phrase names no one, as a lone pronoun would not either.
_INVERTING = _AUXILIARIES | frozenset("how why what when where whether if".split())


def closing_pronoun(norms: Sequence[str]) -> str | None:
    """The subject pronoun that ends a source phrase of more than one word after no auxiliary
    or question word ("course of their report they" -> "they", "the ones he" -> "he", "Yet
    they're" -> "they"), or None.  A phrase that ends so runs on into the clause the pronoun
    opens: its speaker is that pronoun's referent, not the words before it."""
    if len(norms) < 2 or norms[-2] in _INVERTING:
        return None
    last = norms[-1].replace("’", "'").split("'", 1)[0]
    return last if last in _CLOSING_PRONOUNS else None


# Auxiliaries after which a description runs on into its clause (`Coal miners are still
# smarting`, `The council has twice voted`).
_RUN_ON_AUXILIARIES = frozenset("is are was were has have had will would can could may might must should".split())


def description_before_auxiliary(words: Sequence[str], norms: Sequence[str]) -> int | None:
    """Where a description that runs on into its clause ends, before its auxiliary and the verb
    after it ("Some opponents are using a" -> 2, "His office is preparing an additional" -> 2,
    "The American Legion has twice" -> 3), or None.  Only a noun phrase goes before it: no
    expletive or question word first (`There is no`, `Why had he`), no clause word, and no verb
    between two capitals (`Many fear Trump will`) or name after a preposition (`interactions with
    Trump have been`), whose reading would credit that name."""
    i = next((j for j in range(1, len(norms)) if norms[j] in _RUN_ON_AUXILIARIES and words[j].islower()), None)
    if i is None or i + 1 >= len(norms) or norms[0] in _NOT_DESCRIPTION_OPENERS:
        return None
    after = norms[i + 1]
    if not words[i + 1].islower() or not (after.endswith(("ing", "ed", "en", "ly")) or after in _AFTER_RUN_ON_AUXILIARY):
        return None  # (`Those are topics Clinton`, `one of Obama's weaknesses is his refusal`: a complement, no verb)
    capitals = [w[:1].isupper() for w in words[:i]]
    if any(capitals[j - 1] and not capitals[j] and any(capitals[j + 1 :]) for j in range(1, i)):
        return None  # (`Many fear Trump`: a verb between two capitals)
    if any(n in CLAUSE_OPENERS or (n in _PREPOSITIONS and any(capitals[j + 1 :])) for j, n in enumerate(norms[:i])):
        return None  # (`Even Republicans who have`, `interactions with Trump have`)
    if any(n in _AFTER_SUBJECT and n not in _RUN_ON_AUXILIARIES for n in norms[1:i]):
        return None  # (`Some Democrats probably would`: an adverb of the clause)
    return i


# Words opening a phrase that is no description: expletives, demonstratives, question words, pronouns.
_NOT_DESCRIPTION_OPENERS = frozenset(
    "there here this that these those why how what when where who whoever it they he she we i you yet neither both many".split()
)
CLAUSE_OPENERS = frozenset("who whom which that what why how when where whether if because and or but".split())
_PREPOSITIONS = frozenset("of with to for from in on at by about into against".split())
# Words after an auxiliary that go on with a verb: `has twice voted`, `is now braced`, `can be heard`.
_AFTER_RUN_ON_AUXILIARY = frozenset("been being be still also now twice already just even long never not begun".split())
