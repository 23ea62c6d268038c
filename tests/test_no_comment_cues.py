"""framing/no_comment_cues.py: a non-answer whose phrase has no reporting verb ("could not be
reached for comment", "was not available for comment") is an attribution of stance no_comment,
its first word the cue, its subject the source, the rest of the phrase the content."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app


def attributions(text: str) -> list[tuple]:
    """(cue, voice, verb, stance, speaker, source, content) of every attribution."""
    out = []
    for s in framing.analyze(text).spans:
        if s.type == "attribution":
            source = text[s.source.start : s.source.end] if s.source else None
            content = text[s.content.start : s.content.end] if s.content else None
            out.append((s.text, s.voice, s.verb, s.stance, s.speaker, source, content))
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Smith could not be reached for comment.",
         [("reached", "author", "reach", "no_comment", "Smith", "Smith", "for comment")]),
        ("Smith could not immediately be reached for comment.",
         [("reached", "author", "reach", "no_comment", "Smith", "Smith", "for comment")]),
        ("Smith could not be immediately reached for comment on Friday.",
         [("reached", "author", "reach", "no_comment", "Smith", "Smith", "for comment")]),
        ("Smith couldn't be reached for comment.",
         [("reached", "author", "reach", "no_comment", "Smith", "Smith", "for comment")]),
        ("Smith was not available for comment.",
         [("available", "author", "available", "no_comment", "Smith", "Smith", "for comment")]),
        ("The mayor was not immediately available to comment.",
         [("available", "author", "available", "no_comment", "mayor", "The mayor", "to comment")]),
        ("A spokesman for the campaign was unavailable for comment.",
         [("unavailable", "author", "unavailable", "no_comment", "anonymous", "A spokesman for the campaign", "for comment")]),
        ("Davis did not immediately return a request seeking comment.",
         [("return", "author", "return", "no_comment", "Davis", "Davis", "a request seeking comment")]),
        # Not negated: an answer could be had, nothing to report.
        ("Smith was available for comment on Monday.", []),
        ("Smith returned a call seeking comment.", []),
        # No subject: no one to credit.
        ("Calls seeking comment were not returned.", []),
        # Inside a quotation: the speaker's words, credited to the speaker.
        ('"He could not be reached for comment," she said.',
         [("said", "author", "say", "neutral", None, "she", '"He could not be reached for comment,"')]),
        # A verb of saying keeps its cue, as before.
        ("Smith declined to comment.", [("declined", "author", "decline", "no_comment", "Smith", "Smith", "to comment")]),
    ],
)
def test_a_non_answer_without_a_reporting_verb_is_no_comment(text, expected):
    assert attributions(text) == expected


def test_a_non_answer_is_left_out_of_the_nonneutral_share():
    analysis = framing.analyze("Smith claimed the plan failed. Jones could not be reached for comment.")
    assert analysis.scores["nonneutral_verb_share"] == 1.0


def test_no_comment_cues_from_the_cli(tmp_path):
    """`framing score`: the stance and speaker in the JSONL."""
    path = tmp_path / "story.txt"
    path.write_text("Smith could not be reached for comment. Jones was not available for comment.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["text"], s["voice"], s["stance"], s["speaker"]) for s in record["spans"] if s["type"] == "attribution"] == [
        ("reached", "author", "no_comment", "Smith"), ("available", "author", "no_comment", "Jones")]
