"""Unnamed sources (framing/anonymous_ranges.py), through the voice stage: the source phrase of an
anonymous attribution, and phrases of the anonymous_sources lexicon (weight 2 rows anywhere,
weight 1 rows only inside a source); a description followed by a full name in commas is named."""

from __future__ import annotations

import pytest

from voice_cases import analysed, analyzed_attributions, scored_attributions


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
        # Any unnamed spokesperson, whatever body he speaks for and however many (docs/voice.md);
        # a name right after the noun, titles and all, is the speaker.
        ("An FBI spokesman said the case was closed.", ["An FBI spokesman"], ["anonymous"]),
        ("Spokesmen at the FBI said the case was closed.", ["Spokesmen"], ["anonymous"]),
        ("Two spokeswomen for the FBI said the case was closed.", ["Two spokeswomen for the FBI"], ["anonymous"]),
        ("FBI spokesman Paul Bresson said the case was closed.", [], ["Paul Bresson"]),
        ("White House spokesman Josh Earnest said the case was closed.", [], ["Josh Earnest"]),
        ("It is over, said Pentagon spokesman Navy Capt. Jeff Davis.", [], ["Jeff Davis"]),
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


def test_unnamed_and_named_spokesmen_from_framing_score(tmp_path) -> None:
    text = (
        "Closed\n\nSpokesmen at the FBI said the case was closed. An FBI spokesman said it would stay closed. "
        "FBI spokesman Paul Bresson said the file was sealed.\n"
    )
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [
        ("said", "anonymous"),
        ("said", "anonymous"),
        ("said", "Paul Bresson"),
    ]


@pytest.mark.parametrize(
    "text, speakers",
    [
        ("An FBI spokesman said the case was closed.", ["anonymous"]),
        ("Two spokeswomen for the FBI said the case was closed.", ["anonymous"]),
        ("Spokesman Josh Earnest said the case was closed.", ["Josh Earnest"]),
    ],
)
def test_spokesmen_through_analyze(text: str, speakers: list[str]) -> None:
    assert [row[1] for row in analyzed_attributions(text)] == speakers
