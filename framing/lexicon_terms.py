"""A lexicon term as the matcher sees it: its tokens, and the inflected forms it stands for.

Terms are stored in their base form ("slam", "pull the strings"); where a lexicon's metadata says
`"inflect": true`, the matcher also looks for the regular -s/-ed/-ing forms made here and the
irregular ones of `inflections.tsv` ("say" -> "said").  The validator and the cross-checks use the
same functions, so they judge a term by exactly the forms the matcher will look for.
"""

from __future__ import annotations

from framing.segment import word_tokens


def term_tokens(term: str) -> tuple[str, ...]:
    """A term as the matcher sees it: the same tokens an article containing it would give."""
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
