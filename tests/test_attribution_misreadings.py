"""Attribution misreadings a teacher saw in a report: a reporting verb inside an interview turn
(framing/quotes.py), an -s cue compared with "like these" (framing/cue_reading.py), and a refusal
to answer read as a denial (framing/cue_context.py)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app

TRANSCRIPT = "TAPPER: Senator, what do voters want?\n\nSANDERS: They talk about jobs. They want a raise.\n\nTAPPER: Thank you.\n"


def attributions(text: str) -> list[tuple]:
    """(text, voice, verb, stance, speaker) of every attribution."""
    return [(s.text, s.voice, s.verb, s.stance, s.speaker) for s in framing.analyze(text).spans if s.type == "attribution"]


def test_a_reporting_verb_inside_a_turn_is_the_speakers_words():
    """"They talk about jobs" is Sanders' answer, not the outlet crediting "they" with words: only
    the turn labels are attributions, and the answer is Sanders' quotation."""
    analysis = framing.analyze(TRANSCRIPT)
    assert [(s.text, s.voice, s.verb, s.speaker) for s in analysis.spans if s.type == "attribution"] == [
        (":", "author", "colon", "Tapper"), (":", "author", "colon", "Sanders"), (":", "author", "colon", "Tapper")]
    assert [(s.text, s.category, s.speaker) for s in analysis.spans if s.type == "quote"] == [
        ("They talk about jobs. They want a raise", "turn", "Sanders"), ("Thank you", "turn", "Tapper")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # An -s cue compared with "like these" is the noun, after a capital too ...
        ("Campaign promises like these are easy to make.", []),
        ("Republican promises like these rarely survive the budget.", []),
        ("Trump attacks like that work.", []),
        # ... the verb takes its clause or object.
        ("Trump promises that taxes will fall.", [("promises", "author", "promise", "commitment", "Trump")]),
    ],
)
def test_promises_like_these_is_no_cue(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Not answering is no denial: the stance no_comment (reporting_verbs.tsv phrase rows), the
        # cue still its verb ...
        ("Smith declined to comment.", [("declined", "author", "decline", "no_comment", "Smith")]),
        ("Smith declined comment.", [("declined", "author", "decline", "no_comment", "Smith")]),
        ("The company declined to respond to a request for comment.", [("declined", "author", "decline", "no_comment", "company")]),
        ("Smith refused to say whether he would run.", [("refused", "author", "refuse", "no_comment", "Smith")]),
        ("The White House did not respond to a request for comment.", [("respond", "author", "respond", "no_comment", "White House")]),
        ("The mayor didn't respond to requests for comment.", [("respond", "author", "respond", "no_comment", "mayor")]),
        ("The mayor has not yet responded to a request for comment.", [("responded", "author", "respond", "no_comment", "mayor")]),
        ("The White House did not immediately respond to a request for comment on Friday.",
         [("respond", "author", "respond", "no_comment", "White House")]),
        # ... but answering a request for comment is an answer.
        ("The mayor responded to a request for comment with a statement.", [("responded", "author", "respond", "neutral", "mayor")]),
        # ... a rejection of a thing, or a denial, still is one.
        ("Smith declined the offer of a pardon from the governor.", [("declined", "author", "decline", "denial", "Smith")]),
        ("Smith denied that he had met the envoy.", [("denied", "author", "deny", "denial", "Smith")]),
    ],
)
def test_no_answer_is_no_denial(text, expected):
    assert attributions(text) == expected


def test_misreadings_from_the_cli(tmp_path):
    """`framing score`: the JSONL of a transcript and a refusal to comment."""
    path = tmp_path / "interview.txt"
    path.write_text(TRANSCRIPT + "\nSmith declined to comment.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["text"], s["verb"], s["stance"], s["speaker"]) for s in record["spans"] if s["type"] == "attribution"] == [
        (":", "colon", "neutral", "Tapper"), (":", "colon", "neutral", "Sanders"), (":", "colon", "neutral", "Tapper"),
        ("declined", "decline", "no_comment", "Smith")]


@pytest.mark.parametrize(
    "text, share",
    [
        # A non-answer is no framing of anything said: out of both counts of nonneutral_verb_share.
        ("Smith claimed the plan failed. Jones said it worked. The mayor declined to comment.", 0.5),
        ("Smith claimed the plan failed. The mayor did not respond to a request for comment.", 1.0),
        ("The mayor declined to comment.", None),
    ],
)
def test_no_comment_is_left_out_of_the_nonneutral_share(text, share):
    assert framing.analyze(text).scores["nonneutral_verb_share"] == share


def test_no_comment_from_the_cli(tmp_path):
    """`framing score`: the stance in the JSONL, and the share it leaves out."""
    path = tmp_path / "story.txt"
    path.write_text("Smith claimed the plan failed. The mayor did not respond to a request for comment.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["text"], s["voice"], s["stance"], s["speaker"]) for s in record["spans"] if s["type"] == "attribution"] == [
        ("claimed", "author", "lowering", "Smith"), ("respond", "author", "no_comment", "mayor")]
    assert record["scores"]["nonneutral_verb_share"] == 1.0
