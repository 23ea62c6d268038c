"""A person described at the head of a sentence that no cue credits, remembered for a later "he"
or "she": `A spokeswoman for the ministry was blunt. "We will not negotiate," she said.`

Why: a cue's source is remembered when the cue is read (`Speakers.name_of`), but a description
opening a sentence without a reporting verb ("was blunt", "arrived late") was not, so the next
"she" went to whoever was named before, or to no one.  Such a subject is one person described,
not named, as `job_nouns.one_described_person` reads it: an unnamed-source noun after "a", "an"
or "one" ("A senior official", speaker "anonymous") or a job noun before its employer ("A
reporter for AFP", speaker "reporter for AFP"); its words may give a gender ("spokeswoman").
The name in apposition (`A spokeswoman for the ministry, Anna Ivanova, was blunt`) is read by
`quotes._note_sentence_subjects`, as for "The mayor, Bill Smith, ...".
"""

from __future__ import annotations

import bisect
import re

from framing.job_nouns import one_described_person
from framing.name_words import described_gender
from framing.phrase_names import phrase_reading
from framing.speakers import Speakers

# Words of a sentence's opening: a word, or a comma (which ends the description).
_WORD_RE = re.compile(r"[\w’'.-]+|,")
# Words that end a subject: the finite verbs and auxiliaries that follow it ("was blunt").
_VERBS = frozenset(
    """is was were are be has have had will would could can may might must shall should did does do
    said says told tells added adds spoke speaks""".split()
)
_OPENERS = frozenset(("a", "an", "one"))
_MOST_WORDS = 12  # a longer opening is no description this reading can trust


def note_opening_description(text: str, start: int, end: int, speakers: Speakers) -> bool:
    """Remember the person a sentence opening at `start` describes, if its subject is one person
    described (`A spokeswoman for the ministry was blunt`); True when one was noted."""
    c = text[start : start + 1]
    if c not in "aAoO" and (c.isalnum() or c in "_’'.-"):
        return False  # the opening word starts here, and no "a", "an" or "one" starts so (no search)
    first = _WORD_RE.search(text, start, min(end, start + 160))
    if first is None or first.group().lower() not in _OPENERS:
        return False  # most sentences: no "a", "an" or "one" opens them (the scan below would say so too, dearer)
    spans: list[tuple[int, int, str]] = []
    for m in _WORD_RE.finditer(text, start, min(end, start + 160)):
        word = m.group()
        norm = word.lower().replace("’", "'")
        if word == "," or (spans and (norm in _VERBS or (norm.endswith("ed") and len(norm) > 4 and word[0].islower()))):
            break
        spans.append((m.start() - start, m.end() - start, norm))
        if len(spans) > _MOST_WORDS:
            return False
    if len(spans) < 2 or spans[0][2] not in _OPENERS:
        return False
    phrase = text[start : start + spans[-1][1]]
    name, _, anonymous, rest, _ = phrase_reading(phrase, tuple(spans), speakers.anonymous_heads, speakers.job_nouns)
    if name is not None or rest is None:
        return False  # a name: read as one (`A day later, John Smith ...` is no description)
    i = bisect.bisect_left(speakers.unnamed_starts, start)
    anonymous = anonymous or (i < len(speakers.unnamed_starts) and speakers.unnamed_starts[i] < start + spans[-1][1])
    norms = [n for _, _, n in spans]
    if not one_described_person(norms, speakers.job_nouns, anonymous):
        return False
    speakers.note_description(start, "anonymous" if anonymous else rest, described_gender(norms))
    return True
