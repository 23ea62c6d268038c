"""Transcript speakers beyond their own turns (framing/transcript_labels.py): remembered for a
"he" or "she" in the narrative after their turns (`note_speakers`), and title-case labels
(`Chris Matthews: ...`, `Matthews: ...`) read as a transcript when the layout clearly is one."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app
from framing.person_memory import PersonMemory
from framing.transcript_labels import note_speakers
from voice_cases import analyzed_attributions as attributions_of

# Wallace, named last before the transcript, used to be the "he" after Pence's turn.
PENCE = (
    "Pence on the debate\n\n"
    "On Sunday, Chris Wallace asked Gov. Mike Pence about the debate.\n\n"
    "WALLACE: Will she be there tomorrow night?\n\n"
    "PENCE: She will not be attending. I can tell you that.\n\n"
    "He added that the campaign was ready for the debate.\n"
)
PANEL = (
    "Cable panel dismisses plan\n\n"
    "A panel led by MSNBC's Chris Matthews agreed Saturday that the plan was pandering.\n\n"
    "Chris Matthews: Seriously, I think this is a fantasy. We'll see how it goes.\n\n"
    "Alex Seitz-Wald: She is right on all these things, but you have to dig down.\n\n"
    "Matthews: Well, speculation is bad.\n\n"
    "Seitz-Wald: Well, no one thinks their savings are speculation. We all know that.\n\n"
    "The panel is right to note, however, that the tax would fall on smaller investors too.\n"
)
# Headings that name each candidate once, a table's rows, and live-blog kickers: no transcript.
HEADINGS = (
    "What each candidate needs\n\n"
    "Here is a look at what each candidate needs to do in Tuesday's primary.\n\n"
    "Sanders: Win in a walk.\n\n"
    "Vermont Sen. Bernie Sanders has led former secretary of State Hillary Clinton in every poll.\n\n"
    "Clinton: Keep it close.\n\n"
    "If Clinton managed to win the primary, she would be the front-runner again.\n\n"
    "Trump: Move past Iowa.\n\n"
    "Donald Trump has something to prove in the state.\n"
)
TABLE = (
    "Delegate count\n\n"
    "Hillary Clinton and Bernie Sanders have won these delegates.\n\n"
    "Hillary Clinton: 1,769.\n\nBernie Sanders: 1,501.\n\nClinton: 547.\n\nSanders: 46.\n"
)
KICKERS = (
    "Live: the debate\n\n"
    "Update: I think the senator will speak soon, we are told.\n\n"
    "Note: you can watch it here, we hope.\n\n"
    "Editor's Note: we corrected a name.\n\n"
    "Update: we will have more soon.\n\n"
    "Photo: our reporter in the hall.\n"
)


def test_a_he_after_a_turn_is_its_speaker() -> None:
    assert attributions_of(PENCE)[-1] == ("added", "Mike Pence", "He", "the campaign was ready for the debate")


def test_only_a_turn_before_narrative_is_remembered() -> None:
    """Wallace's turn is followed by Pence's, so a "he" inside Pence's turn is not Wallace by being
    the last turn's speaker; Pence's turn is followed by narrative, where Pence is remembered."""
    memory = PersonMemory(PENCE, frozenset())
    note_speakers(PENCE, memory)
    assert memory.persons == [(PENCE.index("\n\nHe added"), "Mike Pence")]


def test_a_label_names_the_person_not_the_network_owning_the_name() -> None:
    text = (
        "Trump defends remarks\n\nIn an interview with CNN's Jake Tapper, Donald Trump defended his remarks.\n\n"
        "TAPPER: Do you regret it?\n\nTRUMP: No, I don't regret it.\n"
    )
    assert [(a[1], a[2]) for a in attributions_of(text) if a[0] == ":"] == [("Jake Tapper", "TAPPER"), ("Donald Trump", "TRUMP")]


def test_title_case_labels_in_a_transcript_layout_are_turns() -> None:
    spans = framing.analyze(PANEL).spans
    assert [(s.text, s.speaker, PANEL[s.source.start : s.source.end]) for s in spans if s.type == "attribution" and s.verb == "colon"] == [
        (":", "Chris Matthews", "Chris Matthews"),
        (":", "Alex Seitz-Wald", "Alex Seitz-Wald"),
        (":", "Chris Matthews", "Matthews"),
        (":", "Alex Seitz-Wald", "Seitz-Wald"),
    ]
    turns = [(s.text, s.speaker) for s in spans if s.type == "quote"]
    assert turns == [
        ("Seriously, I think this is a fantasy. We'll see how it goes", "Chris Matthews"),
        ("She is right on all these things, but you have to dig down", "Alex Seitz-Wald"),
        ("Well, speculation is bad", "Chris Matthews"),
        ("Well, no one thinks their savings are speculation. We all know that", "Alex Seitz-Wald"),
    ]


@pytest.mark.parametrize("text", [HEADINGS, TABLE, KICKERS], ids=["headings", "table", "kickers"])
def test_title_case_lines_that_are_no_transcript_stay_as_they_were(text: str) -> None:
    spans = framing.analyze(text).spans
    assert [s for s in spans if s.type == "attribution" and s.verb == "colon"] == []
    assert [s for s in spans if s.type == "quote" and s.speaker is not None] == []


def test_transcript_speakers_from_framing_score(tmp_path) -> None:
    for name, text in (("pence.txt", PENCE), ("panel.txt", PANEL)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(tmp_path / "pence.txt"), str(tmp_path / "panel.txt"), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    pence, panel = (json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())
    assert [(s["text"], s["speaker"]) for s in pence["spans"] if s["type"] == "attribution"][-1] == ("added", "Mike Pence")
    assert [s["speaker"] for s in panel["spans"] if s["type"] == "quote"] == [
        "Chris Matthews", "Alex Seitz-Wald", "Chris Matthews", "Alex Seitz-Wald",
    ]
