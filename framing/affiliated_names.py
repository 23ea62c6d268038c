"""Where a person's name ends before the body or place they belong to ("Stephen Vladeck of the
University of Texas School of Law" is Stephen Vladeck, not "Texas School"), and whether that name
is one lone word ("Heiserman of the CORE Teachers", "Empire of the Fund") the article must confirm.
`framing.phrase_names.phrase_reading` and `framing.speakers` ask these; kept apart so each module
stays small.
"""

from __future__ import annotations

from framing.name_words import HONORIFICS, TITLE_WORDS, TITLES_AND_DETERMINERS, is_name_part
from framing.opening_subjects import ORGANISATION_HEADS  # (at the top: an import statement in a function costs ~8,000 instructions a call)
from framing.plural_nouns import is_plural


def lone_name_before_body(phrase: str, spans: tuple[tuple[int, int, str], ...]) -> bool:
    """Does a source phrase open with one untitled capitalised word before "of the" and a name
    ("Heiserman of the CORE Teachers", "Empire of the Fund")?  `phrase_reading` reads it as a
    person's surname; `Speakers._name_of` keeps that only where the article gives the full name."""
    norms = [n for _, _, n in spans]
    named = name_before_affiliation(phrase, spans, [phrase[a:b] for a, b, _ in spans], norms)
    return named is not None and lone_name(named, norms)


def lone_name(named: tuple[int, int], norms: list[str]) -> bool:
    """Is the name `name_before_affiliation` found one word with no honorific before it?"""
    start, end = named
    return end - start == 1 and not (start > 0 and norms[start - 1] in HONORIFICS | {"del"})


def delegate_title(phrase: str, span: tuple[int, int, str]) -> bool:
    """Is the token "Del." with its period: a Delegate's title ("Del. Stacey Plaskett")?"""
    return span[2] == "del" and phrase[span[1] : span[1] + 1] == "."


def name_before_affiliation(
    phrase: str, spans: tuple[tuple[int, int, str], ...], words: list[str], norms: list[str]
) -> tuple[int, int] | None:
    """Where a person's name opening a source phrase starts and ends, before the body or place it
    is "of" or "at" ("Stephen Vladeck of the University of Texas School of Law" -> (0, 2): the
    name, not "Texas School", what the last "of" leaves).  A given name and one or two more
    capitalised words (initials too) before the preposition; or, before "of the" or "at the" and
    a capitalised word, a name after an honorific ("Mr. Burman of the Tax Policy Center",
    "Del. Stacey Plaskett of the Virgin Islands") or one to four name words that open no body
    ("Mujtaba Rahman of the Eurasia Group", "Heiserman of the CORE Teachers"), also after a
    noun and "by" ("calculations by Amy Glasmeier of the Massachusetts Institute of Technology").
    None otherwise, and for a body named after a given name ("Virginia Department of Health")
    or whose words are a title's ("Secretary of the Treasury")."""
    start = 0
    by = norms.index("by") if "by" in norms[:4] else -1
    if by > 0 and all(w[:1].islower() for w in words[:by]):
        start = by + 1  # `calculations by Amy Glasmeier`: the work's author
    titled = start < len(words) and (norms[start] in HONORIFICS or delegate_title(phrase, spans[start]))
    first = start + titled
    while first + 1 < len(words) and norms[first].strip(".") in TITLE_WORDS and is_name_part(words[first]) and is_name_part(words[first + 1]):
        first += 1  # `Archbishop Aris Shirvanian of the Armenian Patriarchate`: titles before the name, as an honorific is
        titled = True
    if len(words) - first < 3:
        return None
    k = first
    while k < len(words) and k < first + 4 and is_name_part(words[k]) and norms[k] not in TITLES_AND_DETERMINERS:
        k += 1
    if k == first or k >= len(words) or any(n.strip(".") in ORGANISATION_HEADS for n in norms[first:k]):
        return None
    if not titled and k - first >= 2 and given_name(words[first]) and norms[k] in _AFFILIATION_PREPOSITIONS:
        return first, k
    if (
        k + 2 < len(words) and norms[k] in ("of", "at") and norms[k + 1] == "the" and is_name_part(words[k + 2])
        and (titled or not any(is_plural(n) for n in norms[first:k]))
    ):
        return first, k
    return None


# Prepositions between a person's name and the body or place they belong to.
_AFFILIATION_PREPOSITIONS = frozenset("of at from with".split())


def given_name(word: str) -> bool:
    """Is `word` a given name in the packaged table ("Angus", "Peter"; not "RNC" before "Chief of
    Staff")?  (framing.genders reads this module, so it is imported here, when first asked.)"""
    from framing import genders

    return genders.is_given_name(word)

