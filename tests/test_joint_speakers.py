"""People who speak together (framing/joint_speakers.py): "the joint statement" is the people the
article said issued it.  Rows: a text and its attributions as (cue, speaker, source, content),
exact substrings, through `framing.analyze`."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_attributions as attributions_of, scored_attributions

PELOSI = (
    "Sen. Kirsten Gillibrand (D-N.Y.) said that the report should be released “without delay,” and House Speaker Nancy Pelosi (D-Calif.) "
    "and Senate Minority Leader Chuck Schumer (D-N.Y.) released a joint statement in agreement. "
    "“Attorney General Barr must not give President Trump any ‘sneak preview’,” the joint statement said."
)

JOINT_STATEMENTS = [
    # Titles and party tags dropped (was the speaker "joint statement").
    (
        PELOSI,
        [
            ("said", "Kirsten Gillibrand", "Sen. Kirsten Gillibrand", "the report should be released “without delay,”"),
            ("said", "Nancy Pelosi and Chuck Schumer", "the joint statement", "“Attorney General Barr must not give President Trump any ‘sneak preview’,”"),
        ],
    ),
    # Each by the fullest name the article gives; the issuers' own sentence, not the one before.
    (
        "Donald Trump met Vladimir Putin. Trump and Putin issued a joint statement on Syria. The joint statement said the war must end.",
        [("said", "Donald Trump and Vladimir Putin", "The joint statement", "the war must end")],
    ),
    (
        "Sen. Chuck Grassley and Sen. Patrick J. Leahy sent a joint letter to the FBI. The joint letter asked for answers.",
        [("asked", "Chuck Grassley and Patrick J. Leahy", "The joint letter", "for answers")],
    ),
    # As before: no issuing told, the phrase stays.
    ("The joint statement said the war must end.", [("said", "joint statement", "The joint statement", "the war must end")]),
]


@pytest.mark.parametrize("text, expected", JOINT_STATEMENTS)
def test_the_joint_statement_is_who_issued_it(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


def test_the_joint_statement_is_who_issued_it_from_framing_score(tmp_path) -> None:
    spans = scored_attributions(tmp_path, "Mueller\n\n" + PELOSI + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("said", "Kirsten Gillibrand"), ("said", "Nancy Pelosi and Chuck Schumer")]
