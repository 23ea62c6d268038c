"""A lexicon term as the matcher sees it: its tokens, and the inflected forms it stands for.

Terms are stored in their base form ("slam", "pull the strings"); where a lexicon's metadata says
`"inflect": true`, the matcher also looks for the regular -s/-ed/-ing forms made here and the
irregular ones of `inflections.tsv` ("say" -> "said").  The validator and the cross-checks use the
same functions, so they judge a term by exactly the forms the matcher will look for.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from framing.segment import word_tokens

# A slot in a term: `[is|was]` stands for one of the words (or phrases) between the bars, and
# `[adverb]`, a name without a bar, for one word of the list of that name under the lexicon's
# "slots" in metadata.json.  One row "it [is|was] [adverb] reported" says what twenty spelled-out
# rows said ("it is also reported", "it was often reported", ...), and a builder reads it once.
SLOT = re.compile(r"\[([^\[\]]*)\]")


def has_slot(term: str) -> bool:
    return "[" in term or "]" in term


def slot_problem(term: str, lists: dict[str, list[str]]) -> str:
    """What is wrong with a term's slots ('' when nothing): a bracket left open, an empty choice,
    a list name the lexicon's metadata does not define."""
    if SLOT.sub("", term).count("[") or SLOT.sub("", term).count("]"):
        return f"term {term!r} has a bracket without its partner: a slot is written [a|b] or [name]"
    for inner in SLOT.findall(term):
        if "|" in inner:
            if any(not choice.strip() for choice in inner.split("|")):
                return f"the slot [{inner}] of {term!r} has an empty choice: write [a|b], each choice a word or phrase"
        elif not inner.strip():
            return f"the slot [] of {term!r} is empty: write [a|b] for a choice of words, or [name] for a list of the lexicon's \"slots\""
        elif inner.strip() not in lists:
            known = ", ".join(sorted(lists)) or "none"
            return (f"the slot [{inner.strip()}] of {term!r} names no word list of this lexicon (its \"slots\" in metadata.json: {known})")
    return ""


def slot_words(inner: str, lists: dict[str, list[str]]) -> list[str]:
    """The words a slot stands for: its choices ([is|was]) or the named list ([adverb])."""
    if "|" in inner:
        return [choice.strip() for choice in inner.split("|")]
    return list(lists[inner.strip()])


def expand_term(term: str, lists: dict[str, list[str]]) -> list[str]:
    """Every phrase a term with slots stands for, in the row's order ("it [is|was] also reported"
    -> "it is also reported", "it was also reported"); a term without slots, itself.  Call
    `slot_problem` first: an unknown list name is a KeyError here."""
    if not has_slot(term):
        return [term]
    parts = SLOT.split(term)  # literal text at even indices, a slot's inside at odd ones
    choices = [[part] if i % 2 == 0 else slot_words(part, lists) for i, part in enumerate(parts)]
    return list(dict.fromkeys(" ".join("".join(c).split()) for c in product(*choices)))


def slot_lists(meta: dict) -> dict[str, list[str]]:
    """A lexicon's named word lists (its metadata's "slots"), {} when it has none."""
    slots = (meta or {}).get("slots") or {}
    return {name: [str(w) for w in words] for name, words in slots.items()} if isinstance(slots, dict) else {}


@lru_cache(maxsize=1 << 17)
def term_tokens(term: str) -> tuple[str, ...]:
    """A term as the matcher sees it: the same tokens an article containing it would give.

    Cached: a term's tokens never change, and a command run with `--lexicon` tokenised every
    packaged term again and again (validating the user's files against ours, then loading both:
    81,000 calls for a one-row file).  Now each term is tokenised once a process."""
    return tuple(t.norm for t in word_tokens(term))


_VOWELS = set("aeiou")


def regular_inflections(word: str) -> set[str]:
    """-s, -ed, -ing forms by the usual English spelling rules (slam -> slammed, cry -> cried).
    A hyphenated word inflects its last part ("anti-vaxxer" -> "anti-vaxxers")."""
    head, sep, tail = word.rpartition("-")
    if sep and head and tail.isalpha():
        return {head + sep + form for form in regular_inflections(tail)}
    if not word.isalpha() or len(word) < 2:
        return {word}
    forms = {word}
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    elif word.endswith("y") and word[-2] not in _VOWELS:
        forms.add(word[:-1] + "ies")
    else:
        forms.add(word + "s")
    if word.endswith("e"):
        forms.update({word + "d", word[:-1] + "ing"})
    elif word.endswith("y") and word[-2] not in _VOWELS:
        forms.update({word[:-1] + "ied", word + "ing"})
    else:
        forms.update({word + "ed", word + "ing"})
        # Doubling the final consonant of short CVC words: slam -> slammed, slamming.
        if len(word) <= 4 and word[-1] not in _VOWELS | set("wxy") and word[-2] in _VOWELS and word[-3:-2] and word[-3] not in _VOWELS:
            forms.update({word + word[-1] + "ed", word + word[-1] + "ing"})
    return forms


def inflect(tokens: tuple[str, ...], irregular: dict[str, set[str]]) -> set[tuple[str, ...]]:
    """All token sequences a base-form term stands for: the first word (verb phrases such as
    "pull the strings") and the last word (noun phrases such as "puppet regime") inflect."""

    def forms(word: str) -> set[str]:
        return regular_inflections(word) | irregular.get(word, set())

    out = {tokens}
    for form in forms(tokens[0]):
        out.add((form,) + tokens[1:])
    if len(tokens) > 1:
        for form in forms(tokens[-1]):
            out.add(tokens[:-1] + (form,))
    return out
