"""The subject phrase before a cue (framing/subject_phrases.py), through `framing.analyze`: each
row is a text and its attributions as (cue, speaker, source, content), exact substrings."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_attributions as attributions_of, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
        # Past eight tokens, a subject that goes on as a description of those who speak for
        # someone, with names and places, is read whole: an unnamed spokesman is anonymous.
        (
            "City hall was quiet. A spokesman for Mayor Frank G. Jackson of Cleveland said the report was under review.",
            [("said", "anonymous", "A spokesman for Mayor Frank G. Jackson of Cleveland", "the report was under review")],
        ),
        (
            "A spokesman for the Jewish Community Relations Council of New York did not respond to a request for comment.",
            [("respond", "anonymous", "A spokesman for the Jewish Community Relations Council of New York", "to a request for comment")],
        ),
        (
            "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told reporters the talks failed.",
            [(
                "told reporters", "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem",
                "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem", "the talks failed",
            )],
        ),
        # Eight tokens or fewer: as before.
        (
            "A spokesman for Mayor Bill de Blasio said the city would appeal.",
            [("said", "anonymous", "A spokesman for Mayor Bill de Blasio", "the city would appeal")],
        ),
    ],
)
def test_a_long_subject_of_names_and_joiners_is_read_whole(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


def test_a_long_unnamed_subject_from_framing_score(tmp_path) -> None:
    text = "City hall\n\nA spokesman for Mayor Frank G. Jackson of Cleveland said the report was under review.\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("said", "anonymous")]
