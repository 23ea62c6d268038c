"""Unnamed sources (framing/anonymous_ranges.py), through the voice stage: the source phrase of an
anonymous attribution, and phrases of the anonymous_sources lexicon (weight 2 rows anywhere,
weight 1 rows only inside a source); a description followed by a full name in commas is named."""

from __future__ import annotations

import pytest

from voice_cases import analysed, scored_attributions


@pytest.mark.parametrize(
    "text, ranges, speakers",
    [
        ("One senior source said the talks had failed.", ["One senior source"], ["anonymous"]),
        ("The deal was struck, according to people familiar with the matter.", ["people familiar with the matter"], ["anonymous"]),
        # A description with the person's full name after it in commas is no unnamed source.
        ("A spokeswoman, Anna Richardson White, said the plan failed.", [], ["Anna Richardson White"]),
        ("Zelensky said the talks had failed.", [], ["Zelensky"]),
        # A spokesman for a named person, then the spokesman's own name in apposition: the
        # spokesman speaks, and is named.  Without the name he is an unnamed source (a teacher
        # counts "a spokesman for the mayor said" as unnamed: the reader cannot check who spoke).
        (
            "A spokesman for Mayor Bill de Blasio, Eric Phillips, said the city would appeal.",
            [],
            ["Eric Phillips"],
        ),
        ("A spokesman for Mayor Bill de Blasio said the city would appeal.", ["A spokesman for Mayor Bill de Blasio"], ["anonymous"]),
        ("A spokesman for Mr. Clinton declined to comment.", ["A spokesman for Mr. Clinton"], ["anonymous"]),
        ("A spokeswoman for the mayor, Maria Ruiz, said the city would appeal.", [], ["Maria Ruiz"]),
    ],
)
def test_unnamed_sources_are_anonymous_ranges(text: str, ranges: list[str], speakers: list[str]) -> None:
    v = analysed(text)
    assert [text[r.start : r.end] for r in v.anonymous_sources] == ranges
    assert [a.speaker for a in v.attributions] == speakers


def test_an_unnamed_source_from_framing_score(tmp_path) -> None:
    text = "Talks\n\nOne senior source said the talks had failed.\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("said", "anonymous")]


def test_a_named_spokesman_for_someone_from_framing_score(tmp_path) -> None:
    text = (
        "Appeal\n\nA spokesman for Mayor Bill de Blasio, Eric Phillips, said the city would appeal. "
        "A spokesman for Gov. Andrew Cuomo said the state would not.\n"
    )
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [
        ("said", "Eric Phillips"),
        ("said", "anonymous"),
    ]
