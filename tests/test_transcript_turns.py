"""Turns of an interview transcript are the speaker's words: `FALLIN: ... a pathetic mess` is
Fallin's "pathetic", not the outlet's."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app

INTERVIEW = (
    "Governor talks race\n\n"
    "Partial transcript as follows:\n\n"
    "JAKE TAPPER: Donald Trump released a disgraceful video on Friday. Take a listen.\n\n"
    "TRUMP: Racial divisions have gotten worse, a total disaster.\n\n"
    "TAPPER: And obviously, you are supporting Donald Trump.\n\n"
    "The network called the exchange a disgraceful one.\n\n"
    "FALLIN: Well, I think the whole nation needs to work together. It is a pathetic mess.\n"
)


def _findings(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(s.type, s.text, s.voice, s.speaker) for s in framing.analyze(text).spans if s.type != "attribution"]


def test_each_labelled_paragraph_is_a_turn_in_its_speakers_voice():
    a = framing.analyze(INTERVIEW)
    turns = [(s.text[:20], s.speaker) for s in a.spans if s.type == "quote"]
    assert all(s.category == "turn" for s in a.spans if s.type == "quote")
    assert turns == [
        ("Donald Trump release", "JAKE TAPPER"),
        ("Racial divisions hav", "TRUMP"),
        ("And obviously, you a", "JAKE TAPPER"),  # TAPPER is the JAKE TAPPER labelled before
        ("Well, I think the wh", "FALLIN"),
    ]


@pytest.mark.parametrize(
    ("word", "voice", "speaker"),
    [
        ("disaster", "quoted", "TRUMP"),
        ("obviously", "quoted", "JAKE TAPPER"),
        ("pathetic", "quoted", "FALLIN"),
        ("I think", "quoted", "FALLIN"),
    ],
)
def test_words_in_a_turn_are_the_speakers(word, voice, speaker):
    found = [f for f in _findings(INTERVIEW) if f[1] == word]
    assert [(f[2], f[3]) for f in found] == [(voice, speaker)]


def test_an_unlabelled_paragraph_between_turns_stays_the_outlets():
    disgraceful = [f for f in _findings(INTERVIEW) if f[1] == "disgraceful"]
    assert [(f[2], f[3]) for f in disgraceful] == [("quoted", "JAKE TAPPER"), ("author", None)]


@pytest.mark.parametrize(
    "text",
    [
        # one capitalised word before a colon is as likely a kicker as a speaker
        "Headline\n\nWALLACE: It is a pathetic mess, and everyone knows it.\n\nThe show ended.\n",
        # labels the attribution stage never reads as speakers
        "Headline\n\nUPDATE: It is a pathetic mess.\n\nEXCLUSIVE: A pathetic mess again.\n",
    ],
)
def test_a_single_label_or_a_kicker_is_no_transcript(text):
    assert [f for f in _findings(text) if f[1] == "pathetic"][0][2] == "author"


def test_a_label_before_a_quotation_keeps_the_quotation():
    text = 'Headline\n\nMACRON: "We are shocked by this pathetic act."\n\nMERKEL: "So are we, a disgrace."\n'
    quotes = [(s.category, s.speaker) for s in framing.analyze(text).spans if s.type == "quote"]
    assert quotes == [("direct", "MACRON"), ("direct", "MERKEL")]


def test_framing_score_gives_turns_their_speakers_voice(tmp_path):
    (tmp_path / "interview.txt").write_text(INTERVIEW, encoding="utf-8")
    result = CliRunner().invoke(app, ["score", str(tmp_path), "--no-model"])
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout.splitlines()[0])
    pathetic = [s for s in article["spans"] if s["text"] == "pathetic"]
    assert [(s["voice"], s["speaker"]) for s in pathetic] == [("quoted", "FALLIN")]
    assert sorted({s["category"] for s in article["spans"] if s["type"] == "quote"}) == ["turn"]
