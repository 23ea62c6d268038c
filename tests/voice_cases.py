"""What the voice stage finds in one text, in the shape the attribution test tables are written in."""

from __future__ import annotations

from framing import segment
from framing.lexicon import load
from framing.quotes import VoiceResult, analyse_voice


def analysed(text: str) -> VoiceResult:
    return analyse_voice(text, segment.word_tokens(text), segment.sentences(text), (), load())


def attributions_of(text: str) -> list[tuple]:
    """(cue, verb, speaker, source, content) of each attribution, as exact substrings of `text`."""
    return [
        (
            text[a.cue.start : a.cue.end],
            a.verb,
            a.speaker,
            text[a.source.start : a.source.end] if a.source else None,
            text[a.content.start : a.content.end] if a.content else None,
        )
        for a in analysed(text).attributions
    ]
