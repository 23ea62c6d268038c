"""The person a predicate describes, for a source phrase that is a noun of it before a relative
clause: `Donald Trump is a serial liar, rampant xenophobe, racist, misogynist, birther and bully
who has repeatedly pledged` is Donald Trump pledging, not "bully".  Apart from `framing.speakers`
to keep that module small.
"""

from __future__ import annotations

import re

from framing.models import Token
from framing.name_words import PERSON_TITLES
from framing.person_memory import PersonMemory

# A name and "is" right before a phrase opening with "a" (`Mr. Smith is |a lawyer who`).
_NAME_IS_RE = re.compile(r"\b([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}) (?:is|was) $")
# A name, "is a", then lower-case nouns joined by commas and "and", up to a phrase that follows.
_DESCRIBED_NAME_RE = re.compile(r"\b([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}) (?:is|was) an? (?:[a-z][\w-]*,? ){0,20}(?:and )?$")


def name_described(people: PersonMemory, tokens: list[Token]) -> str | None:
    """The person a list of lower-case nouns after "is a" describes, for a source phrase that
    is the last of them before a relative clause (`... birther and bully who has pledged`),
    by the fullest name the article gives, titles dropped.  PolNeAR marks "who" as the source,
    so the phrase is kept as the source; this is only its speaker.  None for any other phrase."""
    text = people.text
    if len(tokens) > 2 or not text[tokens[0].start].islower() or not text.startswith(" who ", tokens[-1].end):
        return None
    described = _DESCRIBED_NAME_RE if tokens[0].norm not in ("a", "an") else _NAME_IS_RE  # (`Mr. Smith is a lawyer who`)
    m = described.search(text, max(0, tokens[0].start - 200), tokens[0].start)
    if m is None:
        return None
    words = m.group(1).split()
    while len(words) > 1 and words[0].lower().strip(".") in PERSON_TITLES:
        words = words[1:]  # `Mr. Smith` -> "Smith", as titles are dropped from names
    return people.full_name(" ".join(words))
