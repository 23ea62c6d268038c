"""Quotations and voice (first version: pairs double quote marks; speakers come later)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from framing.lexicon import LexiconSet
from framing.models import Attribution, IgnoredRange, Quote, Range, Sentence, Token

_QUOTE_RE = re.compile(r"“[^”\n]*”?|\"[^\"\n]*\"?")


@dataclass
class VoiceResult:
    """Quotations, attributions and anonymous sources of one article, and the voice of each position."""

    quotes: list[Quote]
    attributions: list[Attribution] = field(default_factory=list)
    anonymous_sources: list[Range] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self.quotes.sort(key=lambda q: q.start)
        self._starts = [q.start for q in self.quotes]

    def quote_at(self, pos: int) -> Quote | None:
        """The spoken quotation that contains character `pos`, if any."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.quotes[i].end and self.quotes[i].spoken:
            return self.quotes[i]
        return None

    def voice_at(self, pos: int) -> str:
        return "quoted" if self.quote_at(pos) else "author"


def analyse_voice(
    text: str,
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    ignored: Sequence[IgnoredRange],
    lexicons: LexiconSet,
) -> VoiceResult:
    quotes = [Quote(m.start(), m.end(), unclosed=not m.group().endswith(("”", '"')) or len(m.group()) == 1) for m in _QUOTE_RE.finditer(text)]
    return VoiceResult(quotes)
