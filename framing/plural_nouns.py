"""Whether a lower-case word reads as a plural noun, from its form alone.

Why one function: the vague-group rules ("some *people* prefer", framing.rules_vagueness) and the
pronoun reader ("*officials* said ... they", framing.pronoun_sources) both ask it, and two copies
had drifted apart (one knew "police", the other "women").  No dictionary: an -s ending counts,
except the endings of singular words ("press", "status", "analysis", "news") and a possessive.
"""

from __future__ import annotations

IRREGULAR_PLURALS = frozenset({"people", "police", "men", "women", "children"})
NOT_PLURAL_ENDINGS = ("ss", "us", "is", "news", "'s", "’s")


def is_plural(word: str) -> bool:
    """"officials", "people", "police": yes; "press", "status", "news", "bus", "Trump's": no."""
    return word in IRREGULAR_PLURALS or (len(word) > 3 and word.endswith("s") and not word.endswith(NOT_PLURAL_ENDINGS))
