"""A person described at the head of a sentence no cue credits is the referent of a later "he" or
"she" (framing/speaker_descriptions.py, called from quotes._note_sentence_subjects), and so is a
name in apposition after the description.  Rows: a text and the speaker of each attribution."""

from __future__ import annotations

import pytest

from framing.speaker_descriptions import note_opening_description
from framing.speakers import Speakers
from voice_cases import scored_attributions, speakers

ROWS = [
    # The name in apposition to the description.
    ('A spokeswoman for the ministry, Anna Ivanova, was blunt. "We will not negotiate," she said.', ["Anna Ivanova"]),
    ('A spokesman for the ministry, Ivan Petrov, was blunt. "We will not negotiate," he said.', ["Ivan Petrov"]),
    # The description alone: the person described, unnamed or as written.
    ('A spokeswoman for the ministry was blunt. "We will not negotiate," she said.', ["anonymous"]),
    ('A senior official familiar with the talks was blunt. "We will not negotiate," he said.', ["anonymous"]),
    ('A reporter for the Associated Press was in the room. "It was tense," she said.', ["reporter for the Associated Press"]),
    # A description of the other gender is passed over.
    ('John Smith arrived early. A spokeswoman for the ministry was blunt. "We will not negotiate," he said.', ["John Smith"]),
    # Many people are no "he".
    ('Many officials were blunt. "We will not negotiate," he said.', [None]),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_a_described_subject_is_remembered(text: str, expected: list) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text, noted",
    [
        ("A spokeswoman for the ministry was blunt.", [(0, "anonymous")]),
        ("A reporter for AFP asked twice.", [(0, "reporter for AFP")]),
        ("A day later the talks ended.", []),
        ("A number of officials were blunt.", []),  # more than one person
        ("The reporter for AFP was blunt.", []),  # "the": a role the article may fill
    ],
)
def test_note_opening_description(text: str, noted: list) -> None:
    memory = Speakers(text, frozenset({"official", "officials", "spokeswoman"}))
    note_opening_description(text, 0, len(text), memory)
    assert memory.persons == noted


@pytest.mark.parametrize("text, expected", ROWS[:1] + ROWS[2:3])
def test_a_described_subject_from_framing_score(tmp_path, text: str, expected: list) -> None:
    assert [s["speaker"] for s in scored_attributions(tmp_path, "Talks\n\n" + text + "\n")] == expected
