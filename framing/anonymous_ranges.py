"""Unnamed sources: the ranges of an article that name a source without naming a person ("a
senior official", "people familiar with the matter"), and which attributions they make anonymous.
Part of the voice stage (`framing.quotes.analyse_voice`)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from framing.lexicon import Match
from framing.models import Attribution, Range


def _names_after(text: str, a: Attribution, end: int, noun: bool = False) -> bool:
    """Does the source name its speaker in commas after offset `end`, as an appositive does (`a
    spokeswoman, Anna Richardson White,`; `a spokesman for Mayor Bill de Blasio, Eric Phillips,`)?
    Then the description before the name is no unnamed source: the speaker is the full name after
    the comma.  Without it (`a spokesman for Mr. Clinton`, `a spokesman for Mayor Bill de Blasio`)
    the spokesman is unnamed: the reader cannot tell who spoke, whoever he speaks for.  `noun`:
    the match is a one-word row ("spokesman"), which a name may follow as a title does; a phrase
    ("people close to") is never a title (`people close to Clinton say`: unnamed)."""
    speaker = a.speaker
    if not speaker or not speaker[:1].isupper() or a.source is None:
        return False
    after = text[end : a.source.end]
    # Or right after it, as a title (`FBI spokesman Paul Bresson`, `White House spokesman
    # Earnest`, `Pentagon spokesman Navy Capt. Jeff Davis`, `Vatican spokesman the Rev. Federico
    # Lombardi`): the words after the noun are the speaker's name, with titles before it.
    named = after.strip()
    if noun and after.startswith(" ") and named.endswith(speaker):
        titles = named[: len(named) - len(speaker)].split()
        if all(w[:1].isupper() or w == "the" for w in titles):
            return True
    if " " not in speaker:
        return False
    if after.startswith(", "):
        return True
    comma = after.rfind(", ")
    return comma >= 0 and after[comma + 2 :].rstrip(", ").endswith(speaker.rsplit(None, 1)[-1])


def anonymous_ranges(
    attributions: list[Attribution], matches: Sequence[Match], text: str, named: frozenset[int] | set[int] = frozenset()
) -> list[Range]:
    """Unnamed sources: the source phrase of every anonymous attribution, plus phrases of the
    anonymous_sources lexicon: weight 2 rows ("people familiar with the matter", "on condition
    of anonymity") wherever they occur, weight 1 rows ("a diplomat") only inside a source.  A
    source phrase that holds or is followed by such a phrase makes its attribution anonymous,
    unless it starts at an offset in `named` (`Speakers.named_roles`: "the spokesman" going back
    to the one spokesman the article named before)."""
    ranges = [(a.source.start, a.source.end) for a in attributions if a.anonymous and a.source]
    sourced = sorted((a for a in attributions if a.source is not None), key=lambda a: a.source.start)  # type: ignore[union-attr]
    starts = [a.source.start for a in sourced]  # type: ignore[union-attr]
    longest = max((a.source.end - a.source.start for a in sourced), default=0)  # type: ignore[union-attr]
    for m in matches:
        credited = False
        # Only a source that starts at most its greatest length (and the 2 characters an "anonymity"
        # phrase may follow by) before the match can hold it: a long text is not read cue by cue.
        near = sourced[bisect.bisect_left(starts, m.start - longest - 2) : bisect.bisect_right(starts, m.start)]
        for a in near:
            if m.entry.category == "anonymity":  # it may follow the source: "a diplomat, speaking on ..."
                attached = a.source.start <= m.start <= a.source.end + 2
            else:  # it must lie inside it: "a European diplomat" in "a European diplomat in Istanbul"
                attached = a.source.start <= m.start and m.end <= a.source.end and not _names_after(text, a, m.end, " " not in m.entry.term)
                attached = attached and a.source.start not in named
            if attached:
                credited = True
                if not a.anonymous:
                    a.anonymous = True
                    a.speaker = "anonymous"
                    ranges.append((a.source.start, a.source.end))
        if credited or (m.entry.weight or 1) >= 2:
            ranges.append((m.start, m.end))
    ranges.sort()
    merged: list[list[int]] = []
    for s, e in ranges:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [Range(s, e) for s, e in merged]
