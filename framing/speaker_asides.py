"""The people a dash aside names for a bare quantifier before it: `though a handful — including
Representative Ed Royce of California, ...; and Senator Ben Sasse of Nebraska, ... — urged` is
Ed Royce, John McCain and Ben Sasse speaking, not "handful".  `framing.aside_subjects` finds
the subject before the aside ("a handful"); a quantifier alone names no one, so the speaker is
read from the list the aside gives, when every item opens with a person's name.

Apart from `framing.speakers` to keep that module small; the names are joined as coordinated
speakers are (`framing.joint_speakers.joint_speaker`).
"""

from __future__ import annotations

import re

from framing.joint_speakers import joint_speaker
from framing.name_words import TITLE_WORDS
from framing.person_memory import PersonMemory

# Heads that name only how many: `a handful`, `several`, `a few`, `some`, `a number`.
QUANTIFIER_HEADS = frozenset("handful few several some many number dozen couple".split())
# An aside that lists who they are: ` — including A, B and C — ` right after the quantifier.
_ASIDE_RE = re.compile(r"\s*(?:—|–|--)\s*including\s+([^—–]+?)\s*(?:—|–|--)\s*")
# A name's words: capitalised, with initials and hyphens (`Ben Sasse`, `John R. McCain`).
_NAME_WORD_RE = re.compile(r"[A-Z][\w’'.-]*")


def named_in_aside(people: PersonMemory, end: int) -> str | None:
    """"Ed Royce, John McCain and Ben Sasse" when an ` — including ... — ` aside opens at text
    offset `end` (right after a bare quantifier) and each item it lists opens with a person's
    name of two words or more, titles dropped; None otherwise (`— including Muslims,
    Christians —`: groups, the quantifier's phrase stays as it was)."""
    match = _ASIDE_RE.match(people.text, end)
    if match is None:
        return None
    listed = match.group(1)
    items = listed.split(";") if ";" in listed else re.split(r",\s*(?:and\s+)?|\s+and\s+", listed)
    conjuncts: list[tuple[list[str], bool]] = []
    for item in items:
        words = item.split()
        if words and words[0] == "and":
            words = words[1:]
        run: list[str] = []
        for word in words:
            word = word.rstrip(",")
            if not _NAME_WORD_RE.fullmatch(word):
                break
            run.append(word)
            if word != words[len(run) - 1]:
                break  # the name ends at its comma (`Ed Royce, the chairman`)
        titled = False
        while run and run[0].lower().strip(".") in TITLE_WORDS:
            run, titled = run[1:], True
        if len(run) < 2:
            return None  # an item that opens with no full name: not a list of people
        conjuncts.append((run, titled))
    return joint_speaker(people, conjuncts) if len(conjuncts) > 1 else None
