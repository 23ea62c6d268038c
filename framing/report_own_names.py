"""A note for the report's distinctive words: the words of an outlet's own name that stand out in
its own articles.

Why: in a class's three articles (BASIL 1f99798f) Fox News said "told Fox News" six times, and
"fox" and "news" stood past the dotted line as Fox's clearest words, labelled on the chart: a
student reads them as Fox's vocabulary.  They count how often it names itself, usually as the one
a source told; the note says so, naming the words.

And the titles an outlet writes before names: in BASIL 87609973 (Trump and Huma Abedin) the New
York Times's "mr" was the one word labelled past the line, from its house style ("Mr. Trump",
"Mrs. Clinton", "Ms. Abedin"), which a class read as a word it chose to frame the story with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from framing.distinctive import Term
from framing.name_words import HONORIFICS

LINE = 1.96  # the chart's dotted line (z): only the words past it are labelled and read as findings
NOT_NAME_WORDS = frozenset({"the", "a", "an", "of", "and"})


def own_name_words(outlet: str) -> set[str]:
    """The words of an outlet's name as the distinctive words are counted (lower case)."""
    return set(re.findall(r"[a-z]+", outlet.lower())) - NOT_NAME_WORDS


def own_name_note(terms: Iterable[Term], outlets: Sequence[str]) -> str | None:
    """'Fox News: "fox", "news"' in a sentence, for each outlet whose own name's words stand past
    the line in its articles; None where none does."""
    terms = list(terms)
    found, first = [], None
    for outlet in outlets:
        name = own_name_words(outlet)
        words = [t.term for t in sorted(terms, key=lambda t: -t.z) if t.outlet == outlet and t.z >= LINE and t.term in name]
        if words:
            first = first or outlet
            found.append(f"{outlet}: " + ", ".join(f'"{w}"' for w in words))
    if not found:
        return None
    return ("Some words stand out only because an outlet names itself in its own articles, often as the one a source "
            f"spoke to (\"told {first}\"): " + "; ".join(found) + ". They count how often it names itself, not words "
            "it chose to tell the story.")


def house_style_note(terms: Iterable[Term], outlets: Sequence[str]) -> str | None:
    """'new_york_times: "mr"' in a sentence, for each outlet whose titles before names (name_words'
    honorifics: Mr., Mrs., Ms., Dr., Sen., ...) stand past the line; None where none does."""
    terms = list(terms)
    found = []
    for outlet in outlets:
        words = [t.term for t in sorted(terms, key=lambda t: -t.z) if t.outlet == outlet and t.z >= LINE and t.term in HONORIFICS]
        if words:
            found.append(f"{outlet}: " + ", ".join(f'"{w}"' for w in words))
    if not found:
        return None
    return ("Some words stand out only because of an outlet's house style, the title it writes before a name "
            "(\"Mr. Trump\" where others write \"Trump\"): " + "; ".join(found) + ". They say how it names people, "
            "not words it chose to tell the story.")


def word_notes(terms: Iterable[Term], outlets: Sequence[str]) -> list[str]:
    """The notes under the distinctive words' chart: an outlet's own name, its titles before names."""
    terms = list(terms)
    return [n for n in (own_name_note(terms, outlets), house_style_note(terms, outlets)) if n]
