"""Turns of an interview transcript are the speaker's words (framing/transcript_turns.py):
`FALLIN: ... a pathetic mess` is Fallin's "pathetic", not the outlet's; and so is "pathetic" in
the unlabelled paragraph that goes on with a turn, until the next label or the writer's own
paragraph.  The rows of `continues_turn` are re-typed from the transcripts in PolNeAR train/dev
(CNN's and Fox's interviews as Breitbart and West Journal printed them), shortened."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app
from framing.transcript_turns import continues_turn

INTERVIEW = (
    "Governor talks race\n\n"
    "Partial transcript as follows:\n\n"
    "JAKE TAPPER: Donald Trump released a disgraceful video on Friday. Take a listen.\n\n"
    "TRUMP: Racial divisions have gotten worse, a total disaster.\n\n"
    "TAPPER: And obviously, you are supporting Donald Trump.\n\n"
    "The network called the exchange a disgraceful one.\n\n"
    "FALLIN: Well, I think the whole nation needs to work together. It is a pathetic mess.\n"
)
# A turn over two paragraphs, and the writer's paragraph after the last turn.
CONTINUED = (
    "Trump and Cruz clash on CNN\n\n"
    "Jake Tapper interviewed Donald Trump on his show on Sunday about the race.\n\n"
    "TAPPER: Do you think the process is rigged?\n\n"
    "TRUMP: I think it's a disgrace. It's a totally corrupt system.\n\n"
    "And frankly the delegates are being bought. It is pathetic.\n\n"
    "TAPPER: Thank you, sir.\n\n"
    "Trump later left the studio, a brutal end to the day.\n"
)
# Breitbart's layout: every paragraph of the transcript opens with a quotation mark, none closes.
QUOTED_LAYOUT = (
    "Pence: Trump was mocking Clinton\n\n"
    "On Fox News Sunday, Gov. Mike Pence defended his running mate.\n\n"
    "Partial transcript as follows:\n\n"
    '"WALLACE: Do you really see those two as equivalent?\n\n'
    '"PENCE: Well, look, Mark Cuban has mocked and ridiculed my running mate.\n\n'
    '"But the truth is that Donald Trump has a unique way of communicating, and that is pathetic to them.\n\n'
    '"(CROSSTALK.)\n\n'
    '"WALLACE: Governor, I don’t want to interrupt.\n'
)
# A stage note ends a turn; the paragraph after it is no one's until the next label.
STAGE_NOTE = (
    "Debate night\n\n"
    "TAPPER: Senator, your answer?\n\n"
    "CRUZ: It is a disgrace.\n\n"
    "[COMMERCIAL BREAK]\n\n"
    "It was a pathetic evening for the moderators.\n\n"
    "TAPPER: Welcome back.\n"
)
UNIDENTIFIED = (
    "Rally turns rowdy\n\n"
    "Jake Tapper reported from the rally in Ohio on Tuesday night for the network.\n\n"
    "UNIDENTIFIED MALE: This whole thing is a disgrace.\n\n"
    "TAPPER: Do you think the process is rigged?\n"
)


def _findings(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(s.type, s.text, s.voice, s.speaker) for s in framing.analyze(text).spans if s.type != "attribution"]


def test_each_labelled_paragraph_is_a_turn_in_its_speakers_voice():
    a = framing.analyze(INTERVIEW)
    turns = [(s.text[:20], s.speaker) for s in a.spans if s.type == "quote"]
    assert all(s.category == "turn" for s in a.spans if s.type == "quote")
    assert turns == [
        ("Donald Trump release", "Jake Tapper"),
        ("Racial divisions hav", "Donald Trump"),  # TRUMP is the Donald Trump the turns name
        ("And obviously, you a", "Jake Tapper"),  # TAPPER is the JAKE TAPPER labelled before
        ("Well, I think the wh", "Fallin"),  # no fuller name anywhere: the label in title case
    ]


@pytest.mark.parametrize(
    ("text", "word", "voice", "speaker"),
    [
        (INTERVIEW, "disaster", "quoted", "Donald Trump"),
        (INTERVIEW, "obviously", "quoted", "Jake Tapper"),
        (INTERVIEW, "pathetic", "quoted", "Fallin"),
        (INTERVIEW, "I think", "quoted", "Fallin"),
        # The paragraph after Trump's labelled one goes on with his turn ("And frankly ...").
        (CONTINUED, "pathetic", "quoted", "Donald Trump"),
        (CONTINUED, "rigged", "quoted", "Jake Tapper"),
        # After the last turn the writer is back: "Trump later left the studio".
        (CONTINUED, "brutal", "author", None),
        # The quotation mark opening each paragraph is the layout's: Pence's words are Pence's,
        # over his two paragraphs, not the words of the Wallace quoted before him.
        (QUOTED_LAYOUT, "ridiculed", "quoted", "Mike Pence"),
        (QUOTED_LAYOUT, "pathetic", "quoted", "Mike Pence"),
        # After a stage note, an unlabelled paragraph is the writer's again.
        (STAGE_NOTE, "disgrace", "quoted", "Cruz"),
        (STAGE_NOTE, "pathetic", "author", None),
        # A speaker the transcript does not identify is anonymous.
        (UNIDENTIFIED, "disgrace", "quoted", "anonymous"),
    ],
)
def test_words_in_a_turn_are_the_speakers(text, word, voice, speaker):
    found = [f for f in _findings(text) if f[1] == word and f[0] != "quote"]
    assert [(f[2], f[3]) for f in found] == [(voice, speaker)]


def test_a_turn_over_two_paragraphs_is_one_quotation():
    quotes = [(s.category, s.speaker, s.text) for s in framing.analyze(CONTINUED).spans if s.type == "quote"]
    assert quotes == [
        ("turn", "Jake Tapper", "Do you think the process is rigged"),
        ("turn", "Donald Trump", "I think it's a disgrace. It's a totally corrupt system.\n\n"
                                 "And frankly the delegates are being bought. It is pathetic"),
        ("turn", "Jake Tapper", "Thank you, sir"),
    ]


def test_an_unlabelled_paragraph_without_talk_between_turns_stays_the_outlets():
    disgraceful = [f for f in _findings(INTERVIEW) if f[1] == "disgraceful"]
    assert [(f[2], f[3]) for f in disgraceful] == [("quoted", "Jake Tapper"), ("author", None)]


def test_an_unidentified_speaker_is_an_anonymous_source():
    spans = framing.analyze(UNIDENTIFIED).spans
    assert [(s.text, s.speaker) for s in spans if s.type == "anonymous_source"] == [("UNIDENTIFIED MALE", "anonymous")]
    assert [s.speaker for s in spans if s.type == "attribution"] == ["anonymous", "Jake Tapper"]


PARTICIPANTS = frozenset({"Donald", "Trump", "Jake", "Tapper", "Hillary", "Clinton"})


@pytest.mark.parametrize(
    ("line", "quote_style", "expected"),
    [
        # Talk: a first- or second-person word, or an opening of talk.
        ("And frankly the delegates are being bought. It is pathetic.", False, True),
        ("Specifically I’ve heard from a number of Latino-Americans. Talk to them.", False, True),
        # The speaker may name a speaker of the transcript, with an "I" of his own (Pence on Trump).
        ("But the truth is that Donald Trump has a unique way. And I think his tweet was about that.", False, True),
        ("Well, look, nobody wants that.", False, True),
        # Breitbart's layout: a paragraph opening with the mark every turn opens with.
        ('"But the truth is that he has a unique way of communicating.', True, True),
        # No sign of talk: the writer's, the safer mistake.
        ("The network called the exchange a disgraceful one.", False, False),
        ('"That is a unique way of communicating.', False, False),
        # A speaker named in the third person, no "I" or "you" (West Journal, between two turns).
        ("The ads are too tough huh? What ever happened to Hillary’s mantra of always being willing?", False, False),
        ("Trump later left the studio, a brutal end to the day.", False, False),
        ("And Trump later left the studio.", False, False),
        # "I" inside a quotation is the quoted person's.
        ("Trump later said, “I am leaving.”", False, False),
        # Stage notes, breaks, headings, section openers, trailers.
        ("(CROSSTALK)", False, False),
        ('"(END VIDEO CLIP.)', True, False),
        ("[COMMERCIAL BREAK]", False, False),
        ("….", False, False),
        ("___.", False, False),
        ("THE TOTAL.", False, False),
        ("Delegates and the convention", False, False),
        ("Partial transcript as follows:", False, False),
        ("Later in the interview, you could hear him say:", False, False),
        ('"Follow Pam Key on Twitter @pamkeyNEN."', True, False),
    ],
)
def test_continues_turn(line, quote_style, expected):
    assert continues_turn(line, PARTICIPANTS, quote_style) is expected


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
    assert quotes == [("direct", "Macron"), ("direct", "Merkel")]


def _scored(tmp_path, text: str) -> dict:
    """The record `framing score FILE --out OUT.jsonl` writes for one article."""
    article = tmp_path / "interview.txt"
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "scores.jsonl"
    result = CliRunner().invoke(app, ["score", str(article), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    (line,) = out.read_text(encoding="utf-8").splitlines()
    return json.loads(line)


@pytest.mark.parametrize(
    ("text", "word", "voice", "speaker"),
    [
        (INTERVIEW, "pathetic", "quoted", "Fallin"),
        (CONTINUED, "pathetic", "quoted", "Donald Trump"),  # the turn goes on past its paragraph
        (CONTINUED, "brutal", "author", None),  # the writer's paragraph after the transcript
        (CONTINUED, "rigged", "quoted", "Jake Tapper"),  # TAPPER: the full name the article gives
        (UNIDENTIFIED, "disgrace", "quoted", "anonymous"),  # UNIDENTIFIED MALE
    ],
)
def test_framing_score_gives_turns_their_speakers_voice(tmp_path, text, word, voice, speaker):
    record = _scored(tmp_path, text)
    found = [s for s in record["spans"] if s["text"] == word and s["type"] != "quote"]
    assert [(s["voice"], s["speaker"]) for s in found] == [(voice, speaker)]
    assert sorted({s["category"] for s in record["spans"] if s["type"] == "quote"}) == ["turn"]
