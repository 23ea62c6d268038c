"""`framing.appositives`: where the source phrase begins when commas set off a description, a
name, a title with its place or a party tag around the subject before a cue."""

from __future__ import annotations

import pytest

from voice_cases import cue_sources


@pytest.mark.parametrize(
    "text, expected",
    [
        # A description, then the name: both are the source, the name the speaker.
        ("The minister, Anna Berg, said the plan failed.", [("said", "The minister, Anna Berg", "Anna Berg")]),
        # A title with its place, then the name: the name.
        ("The King of Jordan, Abdullah II, said the talks would resume.", [("said", "Abdullah II", "Abdullah II")]),
        # A party-and-state tag in commas is stepped over to the name before it.
        ("Sen. Mitt Romney, R-Utah, said the plan failed.", [("said", "Sen. Mitt Romney", "Mitt Romney")]),
        # A name, then a description ending in a relative clause: the name opens the source.
        (
            "Mike Huckabee, a former governor of Arkansas and preacher who has announced his run, said the plan failed.",
            [("announced", "Mike Huckabee, a former governor of Arkansas and preacher who", "Mike Huckabee"), ("said", "Mike Huckabee", "Mike Huckabee")],
        ),
    ],
)
def test_appositive_sources(text, expected):
    assert cue_sources(text) == expected
