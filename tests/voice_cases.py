"""What the voice stage finds in one text, in the shape the attribution test tables are written in."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import framing
from framing.cli import app
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


def cue_sources(text: str) -> list[tuple[str, str | None, str | None]]:
    """(cue, source, speaker) of each attribution, as exact substrings of `text`."""
    return [
        (text[a.cue.start : a.cue.end], text[a.source.start : a.source.end] if a.source else None, a.speaker)
        for a in analysed(text).attributions
    ]


def speakers(text: str) -> list[str | None]:
    """The speaker of each attribution, in text order."""
    return [a.speaker for a in analysed(text).attributions]


def analyzed_attributions(text: str) -> list[tuple]:
    """(cue, speaker, source, content) of each attribution span `framing.analyze` writes, as
    exact substrings of `text`: the whole pipeline, as a user gets it."""
    spans = [s for s in framing.analyze(text).spans if s.type == "attribution"]
    return [
        (
            s.text,
            s.speaker,
            text[s.source.start : s.source.end] if s.source else None,
            text[s.content.start : s.content.end] if s.content else None,
        )
        for s in spans
    ]


def analyzed_cues(text: str) -> list[tuple]:
    """(cue, verb, speaker, source, content) of each attribution span `framing.analyze` writes:
    `analyzed_attributions` with the cue's lemma, for tests of how a cue reads."""
    spans = [s for s in framing.analyze(text).spans if s.type == "attribution"]
    return [
        (
            s.text,
            s.verb,
            s.speaker,
            text[s.source.start : s.source.end] if s.source else None,
            text[s.content.start : s.content.end] if s.content else None,
        )
        for s in spans
    ]


def scored_attributions(folder: Path, text: str) -> list[dict]:
    """The attribution spans `framing score` writes to JSONL for `text` saved as a file in `folder`:
    what a user reads, for the tables that check the CLI path too."""
    path = folder / "article.txt"
    path.write_text(text, encoding="utf-8")
    out = folder / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return [s for s in json.loads(out.read_text(encoding="utf-8"))["spans"] if s["type"] == "attribution"]
