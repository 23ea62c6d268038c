"""Turn lexicon matches, quotations and attributions into the article's list of findings (spans)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from framing import rules
from framing.lexicon import LexiconSet, Match
from framing.models import Range, Sentence, Span, Token
from framing.quotes import VoiceResult

LEXICAL_TYPES = ("loaded", "hedge", "booster")
# Lexicons whose matches compete for the same words: the longest match wins inside a group.
COMPETING = {"loaded": "loaded", "hedge": "epistemic", "booster": "epistemic"}


def lexical_spans(
    text: str,
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    voice: VoiceResult,
    lexicons: LexiconSet,
) -> list[Span]:
    """Loaded, hedge and booster findings, each with its voice and, inside a quotation, its speaker."""
    matches = _longest_per_group(lexicons.match(tokens, LEXICAL_TYPES))
    rule_data = rules.RuleData.from_lexicons(lexicons)  # word lists the context rules read
    sentence_starts = [s.start for s in sentences]
    spans: list[Span] = []
    for m in matches:
        i = bisect.bisect_right(sentence_starts, m.start) - 1
        sentence_start = sentence_starts[i] if i >= 0 else 0
        decision = rules.decide(text, tokens, m, rule_data, sentence_start)
        if not decision.keep:
            continue
        quote = voice.quote_at(m.start)
        e = m.entry
        # Positional arguments, in Span's field order (start, end, text, type, category, weight,
        # voice, speaker, verb, stance, term, lexicon, rule): keywords cost 60% more per span.
        spans.append(
            Span(m.start, m.end, text[m.start : m.end], decision.type or e.lexicon, e.category, e.weight,
                 "quoted" if quote else "author", quote.speaker if quote else None, None, None, e.term, e.lexicon,
                 decision.rule)
        )
    return spans


def _longest_per_group(matches: list[Match]) -> list[Match]:
    """Drop a match that lies inside a longer (or equal) one of the same group: "doubt" inside
    "no doubt", or the same words reached through two inflected forms of one entry.

    Sorted by start, longest first, a match is inside an earlier kept one exactly when it ends
    no later than the furthest end kept so far in its group.
    """
    kept: list[Match] = []
    reach: dict[str, int] = {}
    for m in sorted(matches, key=lambda m: (m.start, -m.end)):
        group = COMPETING[m.entry.lexicon]
        if m.end <= reach.get(group, -1):
            continue
        kept.append(m)
        reach[group] = m.end
    return kept


def voice_spans(text: str, voice: VoiceResult) -> list[Span]:
    """Quotation, attribution and anonymous-source findings from the quotes stage."""
    spans: list[Span] = []
    for q in voice.quotes:
        spans.append(
            Span(q.start, q.end, text[q.start : q.end], "quote", category=q.kind,
                 voice="quoted" if q.spoken else "author", speaker=q.speaker, detector="quotes",
                 rule="unclosed quotation: runs to the end of its paragraph" if q.unclosed else None)
        )
    for a in voice.attributions:
        spans.append(
            Span(a.cue.start, a.cue.end, text[a.cue.start : a.cue.end], "attribution",
                 category=a.stance, voice="author", speaker=a.speaker, verb=a.verb, stance=a.stance,
                 detector="quotes", source=a.source, content=a.content)
        )
    for r in voice.anonymous_sources:
        spans.append(
            Span(r.start, r.end, text[r.start : r.end], "anonymous_source", voice="author",
                 speaker="anonymous", detector="quotes")
        )
    return spans


def detect(
    text: str,
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    voice: VoiceResult,
    lexicons: LexiconSet,
) -> list[Span]:
    """All findings of one article, in text order."""
    spans = lexical_spans(text, tokens, sentences, voice, lexicons) + voice_spans(text, voice)
    spans.sort(key=lambda s: (s.start, s.end, s.type))
    return spans


def range_text(text: str, r: Range | None) -> str | None:
    return None if r is None else text[r.start : r.end]
