"""The subject of a cue after a dash aside or a bracket (framing/aside_subjects.py): the phrase
before the aside's opening mark, back to the sentence start.  Each row is a text and its
attributions as (cue, speaker, source, content), exact substrings, through `framing.analyze`."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_attributions, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Democrats — and some Republicans — say the plan is bad.", [("say", "Democrats", "Democrats", "the plan is bad")]),
        (
            "Kasich (who has 25 delegates) said he would stay in the race.",
            [("said", "Kasich", "Kasich", "he would stay in the race")],
        ),
        (
            "Many speakers at the service — including Muslims, Christians — said the attack was evil.",
            [("said", "Many speakers at the service", "Many speakers at the service", "the attack was evil")],
        ),
    ],
)
def test_the_subject_before_an_aside_is_the_source(text: str, expected: list[tuple]) -> None:
    assert analyzed_attributions(text) == expected


def test_the_subject_before_an_aside_from_framing_score(tmp_path) -> None:
    text = "Wall\n\nDemocrats — and some Republicans — say the plan is bad.\n"
    assert [
        (s["text"], s["speaker"], text[s["source"]["start"] : s["source"]["end"]]) for s in scored_attributions(tmp_path, text)
    ] == [("say", "Democrats", "Democrats")]
