"""Unnamed sources: the ranges of an article that name a source without naming a person ("a
senior official", "people familiar with the matter"), and which attributions they make anonymous.
Part of the voice stage (`framing.quotes.analyse_voice`)."""

from __future__ import annotations

from collections.abc import Sequence

from framing.lexicon import Match
from framing.models import Attribution, Range


def _names_after(text: str, a: Attribution, end: int) -> bool:
    """Does the source name its speaker in commas after offset `end`, as an appositive does (`a
    spokeswoman, Anna Richardson White,`; `a spokesman for Mayor Bill de Blasio, Eric Phillips,`)?
    Then the description before the name is no unnamed source: the speaker is the full name after
    the comma.  Without it (`a spokesman for Mr. Clinton`, `a spokesman for Mayor Bill de Blasio`)
    the spokesman is unnamed: the reader cannot tell who spoke, whoever he speaks for."""
    speaker = a.speaker
    if not speaker or " " not in speaker or not speaker[:1].isupper() or a.source is None:
        return False
    after = text[end : a.source.end]
    if after.startswith(", "):
        return True
    comma = after.rfind(", ")
    return comma >= 0 and after[comma + 2 :].rstrip(", ").endswith(speaker.rsplit(None, 1)[-1])


def anonymous_ranges(attributions: list[Attribution], matches: Sequence[Match], text: str) -> list[Range]:
    """Unnamed sources: the source phrase of every anonymous attribution, plus phrases of the
    anonymous_sources lexicon: weight 2 rows ("people familiar with the matter", "on condition
    of anonymity") wherever they occur, weight 1 rows ("a diplomat") only inside a source.  A
    source phrase that holds or is followed by such a phrase makes its attribution anonymous."""
    ranges = [(a.source.start, a.source.end) for a in attributions if a.anonymous and a.source]
    for m in matches:
        credited = False
        for a in attributions:
            if a.source is None:
                continue
            if m.entry.category == "anonymity":  # it may follow the source: "a diplomat, speaking on ..."
                attached = a.source.start <= m.start <= a.source.end + 2
            else:  # it must lie inside it: "a European diplomat" in "a European diplomat in Istanbul"
                attached = a.source.start <= m.start and m.end <= a.source.end and not _names_after(text, a, m.end)
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
