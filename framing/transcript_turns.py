"""Turns of an interview transcript: the words after `TAPPER:` are Tapper's, not the outlet's.

Articles often print part of a broadcast interview as a transcript, each paragraph opening with
the speaker's name in capitals and a colon (`FALLIN: Well, I think ... a pathetic mess.`).  No
quotation mark encloses the turn, so without this step "pathetic" reads as the outlet's own word.
The attributions stage already credits each labelled paragraph to its speaker (`mark_cues`: cue
":", content the paragraph); this step makes those contents quotations of kind "turn", so the
words in them are in the speaker's voice.

Deliberately narrow: a turn is only the labelled paragraph (an unlabelled paragraph after it may
go on with the turn or be the outlet's own again; taking it for the outlet's is the safer
mistake), and an article needs at least two labelled turns, since one capitalised word before a
colon is as likely a kicker (`EXCLUSIVE:`) as a speaker.  A quotation inside a turn is part of
the turn; a turn that a quotation crosses into is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.models import Attribution, Quote

# An article needs this many labelled paragraphs before they are read as a transcript's turns.
MIN_TURNS = 2


def turns(text: str, attributions: Sequence[Attribution], quotes: Sequence[Quote]) -> list[Quote]:
    """The transcript turns of the article, as quotations of kind "turn" credited to their labels."""
    labelled = [a for a in attributions if _is_label(text, a)]
    if len(labelled) < MIN_TURNS:
        return []
    found = []
    for a in labelled:
        start, end = a.content.start, a.content.end
        if any(q.start < start < q.end or q.start < end < q.end or (q.start <= start and end <= q.end) for q in quotes):
            continue  # a quotation crosses the turn's edge or holds it (`MACRON: "We are shocked."`): it stands
        found.append(Quote(start, end, "turn", a.speaker, a.source, a.cue))
    return found


def merged(quotes: list[Quote], found: list[Quote]) -> list[Quote]:
    """The article's quotations with its turns; quotations inside a turn are part of it."""
    if not found:
        return quotes
    return [q for q in quotes if not any(t.start <= q.start and q.end <= t.end for t in found)] + found


def _is_label(text: str, a: Attribution) -> bool:
    """Is `a` a speaker label opening its line (`JAKE TAPPER: ...`), with the turn after it?"""
    if a.verb != "colon" or a.source is None or a.content is None or a.content.start < a.cue.end:
        return False
    line_start = text.rfind("\n", 0, a.source.start) + 1
    before = text[line_start : a.source.start]
    label = text[a.source.start : a.cue.start]
    return before.strip("\"“ \t") == "" and label.isupper() and text[a.content.start - 1] != "\n"
