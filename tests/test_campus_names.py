"""A university named with its campus (framing/campus_names.py): "at Berkeley" after "the
University of California" is part of the body's name, not where it spoke.  Rows go through
`framing.analyze` as (cue, speaker, source, content), exact substrings; one through `framing score`."""

from __future__ import annotations

import pytest

from framing.campus_names import campus_at
from voice_cases import analyzed_attributions as attributions_of, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
        # The campus stays in the source and the speaker (the speaker was "Berkeley", or the
        # source was cut to "the University of California").
        (
            "The University of California at Berkeley said the ads work.",
            [("said", "University of California at Berkeley", "The University of California at Berkeley", "the ads work")],
        ),
        (
            "A study by the University of California at Berkeley found that ads work.",
            [("found", "study by the University of California at Berkeley", "A study by the University of California at Berkeley", "ads work")],
        ),
        (
            "Researchers at the University of Texas at Austin found that ads work.",
            [("found", "Researchers at the University of Texas at Austin", "Researchers at the University of Texas at Austin", "ads work")],
        ),
        # No university before "at": a person at a place, as before.
        ("Mr. Jones at Berkeley said the ads work.", [("said", "Jones", "Mr. Jones", "the ads work")]),
    ],
)
def test_a_campus_is_part_of_the_university_name(text, expected):
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("the University of California at Berkeley", 4),
        ("Boston College at Chestnut Hill", 2),
        ("Sanders at Berkeley", None),
        ("the University of California at a rally", None),
    ],
)
def test_campus_at(phrase, expected):
    words = phrase.split()
    assert campus_at(words, [w.lower() for w in words]) == expected


def test_campus_from_framing_score(tmp_path):
    text = "The University of California at Berkeley said the ads work.\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("said", "University of California at Berkeley")]
