"""How far a subject that opens with a capitalised run goes on: through lower-case words of a
description to its head noun ("Indiana politicians", "Republican establishment figures") or to
the name the description titles ("Presumptive Republican presidential nominee Donald Trump",
"Breitbart Texas editor Brandon Darby", "Latvian journalist Dainis Ivans").

Why: the clause readings of `framing.clause_subjects` take the capitalised run a subject opens
with, and stopped at its first lower-case word, so the speaker was an adjective or a place
("Presumptive Republican", "Latvian", "Indiana").  Works on token indices of one `ArticleText`.
"""

from __future__ import annotations

from framing.article_text import AUX, CLAUSE_WORDS, ArticleText
from framing.name_words import NOT_NAMES, PERSON_TITLES, TITLE_WORDS
from framing.opening_subjects import people_plural
from framing.plural_nouns import is_plural as _plural
from framing.source_clauses import IRREGULAR_PAST

# Endings of nouns of a person's role or trade that may title a name: "editor", "journalist",
# "nominee", "candidate", "strategist", "historian".
_ROLE_ENDINGS = ("or", "er", "ist", "ee", "ant", "ent", "ian", "ate")
_ROLE_NOUNS = frozenset("host anchor chief head aide official activist critic lawyer expert".split())
# Prepositions NOT_NAMES lacks: `Standing alongside labor leader ...` is no description.
_PREPOSITIONS = frozenset("alongside beside besides near via onto off per versus".split())
# Words opening an object: after one, the lower-case word before it was a verb.
_OBJECT_OPENERS = frozenset("a an the his her their its this that these those him them it".split())
# Auxiliaries a plural head goes before: `Republican candidates have followed`.
_FINITE_AFTER_HEAD = frozenset("are were have had will would can could may might must should do did".split())
_MAX_LOWER = 3  # lower-case words a description may put between the run and its head


def through_description(art: ArticleText, b: int, limit: int) -> int:
    """The last token of a subject whose capitalised run ends at token `b`: the head noun or the
    name of a description that goes on in lower case (up to token `limit`), else `b` itself
    ("Trump beat Cruz", "Clinton tweeted": a verb, no description)."""
    tokens, text = art.tokens, art.text
    if tokens[b].norm.endswith(("'s", "s'")):
        return b  # (`Graham’s comments came`: an owner's thing, read as before)
    j = b + 1
    while j <= limit and j - b <= _MAX_LOWER and art.clean(j - 1) and text[tokens[j].start].islower():
        norm = tokens[j].norm
        if (
            norm in NOT_NAMES or norm in AUX or norm in CLAUSE_WORDS or norm in IRREGULAR_PAST or norm in _PREPOSITIONS
            or norm.endswith(("ed", "ing", "ly"))
        ):
            if j == b + 1 or not (norm in _FINITE_AFTER_HEAD or norm in IRREGULAR_PAST or norm.endswith("ed")):
                return b  # (`Trump beat`, `Mr. Trump tries to`: no description read)
            break  # `Republican candidates have`, `European leaders gathered`: the head, below
        j += 1
    if j == b + 1:
        return b
    if any(_plural(tokens[t].norm) for t in range(b + 1, j - 1)):
        return b  # (`Cruz prefers voters`: a plural-looking word is a description's head or a verb, never inside it)
    if j <= limit and tokens[j].norm in _OBJECT_OPENERS:
        return b  # (`Trump orders the wall`: a verb with its object, not a head noun)
    last = tokens[j - 1].norm
    if j <= limit and art.clean(j - 1) and text[tokens[j].start].isupper() and tokens[j].norm not in NOT_NAMES and _role(last):
        k = j  # `presidential nominee Donald Trump`: the name the description titles
        while k + 1 <= limit and art.clean(k) and text[tokens[k + 1].start].isupper() and k - j < 3:
            k += 1
        return k
    if (people_plural(last) and not _singular_verb_after(art, limit)) or last in TITLE_WORDS:
        return j - 1  # `Indiana politicians`, `Republican establishment figures`
    return b


def _singular_verb_after(art: ArticleText, limit: int) -> bool:
    """Is the word after `limit` (a coordinated cue after "and") a verb in -s, which a plural head
    is no subject of (`Union leaders have never trusted him, because he favors ... and opposes`)?"""
    if limit + 2 >= len(art.tokens) or art.tokens[limit].norm != "and":
        return False
    verb = art.tokens[limit + 1].norm
    return len(verb) > 3 and verb.endswith("s") and not verb.endswith("ss")


def _role(norm: str) -> bool:
    """May a lower-case noun title the name after it ("editor Brandon Darby", "nominee Donald Trump")?"""
    return norm in PERSON_TITLES or norm in TITLE_WORDS or norm in _ROLE_NOUNS or norm.endswith(_ROLE_ENDINGS)
