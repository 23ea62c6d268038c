"""Time and place phrases between a subject and its cue (framing/time_phrases.py, read by the
backward scan of framing/subject_phrases.py): the source is the subject before them, never the
time or the place.  Each row is a sentence and the (cue, source, speaker) found."""

from __future__ import annotations

import pytest

from voice_cases import cue_sources


@pytest.mark.parametrize(
    "text, expected",
    [
        # A time phrase ending in a time word, or in "ago".
        ("Sen. Bernie Sanders (I-Vt.) on Saturday said the deal was bad.", [("said", "Sen. Bernie Sanders", "Bernie Sanders")]),
        ("The State Department two weeks ago said the talks had failed.", [("said", "The State Department", "State Department")]),
        ("The president this morning says the plan will pass.", [("says", "The president", "president")]),
        # A time or place phrase after a capitalised name.
        ("President Barack Obama on Tuesday said the plan would pass.", [("said", "President Barack Obama", "Barack Obama")]),
        ("Trump in Florida said the plan would pass.", [("said", "Trump", "Trump")]),
    ],
)
def test_the_source_is_the_subject_before_a_time_or_place_phrase(text, expected):
    assert cue_sources(text) == expected
