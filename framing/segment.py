"""Sentences and word tokens with exact offsets, offline.

Tokens are what the lexicon matcher compares against, so a lexicon term is tokenised with the
same `word_tokens` function as the article: whatever one sees, the other sees.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from framing.models import IgnoredRange, Sentence, Token

# A word: letters/digits joined by inner hyphens or apostrophes ("so-called", "Zelensky's",
# "30-day"), or a number with a decimal point or thousands separator ("3.5", "1,000").
WORD_RE = re.compile(r"\d+(?:[.,]\d+)+|\w+(?:[-'’]\w+)*")


def normalise(word: str) -> str:
    """Lower-case and make typographic apostrophes plain, the form lexicon terms are stored in."""
    return word.lower().replace("’", "'")


def word_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of text[start:end], offsets into the whole text."""
    end = len(text) if end is None else end
    return [
        Token(m.start(), m.end(), normalise(m.group()))
        for m in WORD_RE.finditer(text, start, end)
    ]


def tokens_outside(text: str, ignored: Sequence[IgnoredRange]) -> list[Token]:
    """Word tokens of every part of the text the cleaner did not mark as boilerplate."""
    out: list[Token] = []
    pos = 0
    for r in sorted(ignored, key=lambda r: r.start):
        if r.start > pos:
            out.extend(word_tokens(text, pos, r.start))
        pos = max(pos, r.end)
    out.extend(word_tokens(text, pos, len(text)))
    return out


_SENTENCE_END_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n\s*\n|\n")


def sentences(text: str, ignored: Sequence[IgnoredRange] = ()) -> list[Sentence]:
    """Sentences of the analysed text (a first, simple splitter; see segment tests for the cases)."""
    out: list[Sentence] = []
    pos = 0
    for m in _SENTENCE_END_RE.finditer(text):
        _append_trimmed(text, pos, m.end(), out)
        pos = m.end()
    _append_trimmed(text, pos, len(text), out)
    if ignored:
        out = [s for s in out if not _inside_ignored(s, ignored)]
    return out


def _append_trimmed(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end))


def _inside_ignored(s: Sentence, ignored: Sequence[IgnoredRange]) -> bool:
    return any(r.start <= s.start and s.end <= r.end for r in ignored)
