"""The personal title before the last word of a source phrase ("President Obama", "Ms.
Zakharova"): which title, which gender it gives, and whether there is one.  `framing.speakers`
widens a name to a full name with these; split out of it to keep each module small.
"""

from __future__ import annotations

from framing.models import Token
from framing.name_words import GENDERED_TITLES, PERSON_TITLES


def title_gender(tokens: list[Token]) -> str | None:
    """"m" or "f" when a gendered title (`Mr.`, `Ms.`) goes right before the last word of a
    source phrase."""
    if len(tokens) < 2:
        return None
    return GENDERED_TITLES.get(tokens[-2].norm.strip("."))


def title_before_name(tokens: list[Token]) -> str | None:
    """The personal title right before the last word of a source phrase ("president" in
    "President Obama"), if any; none after "a" (`an agenda a President Clinton could hope to
    see`: the office as someone might hold it, not its holder)."""
    if len(tokens) < 2 or (len(tokens) > 2 and tokens[-3].norm in ("a", "an")):
        return None
    title = tokens[-2].norm.strip(".")
    return title if title in PERSON_TITLES else None


def titled(tokens: list[Token]) -> bool:
    """Does a personal title go before the last word of a source phrase ("President Zelensky")?"""
    return any(t.norm.strip(".") in PERSON_TITLES for t in tokens[:-1])
