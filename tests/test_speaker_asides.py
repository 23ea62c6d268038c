"""A bare quantifier before a dash aside that lists people (framing/speaker_asides.py): the people
are the speaker, not "handful".  Rows: a text and its attributions as (cue, speaker, source,
content), exact substrings, through `framing.analyze`."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_attributions as attributions_of, scored_attributions

ROYCE = (
    "Top Republicans were mostly mute, though a handful — including Representative Ed Royce of California, the retiring "
    "chairman of the House Foreign Affairs Committee; Senator John McCain of Arizona, the chairman of the Senate Armed "
    "Services Committee; and Senator Ben Sasse of Nebraska, a frequent critic of Mr. Trump — urged the president to get tough."
)

ASIDES = [
    # Items split by semicolons, each a titled name with a description (was the speaker "handful").
    (ROYCE, [("urged", "Ed Royce, John McCain and Ben Sasse", "a handful", "the president to get tough")]),
    # Items split by "and"; a bare "Several".
    (
        "Several — including Sen. Lindsey Graham and Sen. Rand Paul — said the deal was bad.",
        [("said", "Lindsey Graham and Rand Paul", "Several", "the deal was bad")],
    ),
    # As before: an aside that lists groups, or a phrase that is more than a quantifier, keeps the phrase.
    (
        "Many speakers at the service — including Muslims, Christians — said they were sad.",
        [("said", "Many speakers at the service", "Many speakers at the service", "they were sad")],
    ),
    (
        "A handful — including Muslims and Christians — said they were sad.",
        [("said", "handful", "A handful", "they were sad")],
    ),
]


@pytest.mark.parametrize("text, expected", ASIDES)
def test_people_listed_in_an_aside_speak_for_a_bare_quantifier(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


def test_people_listed_in_an_aside_from_framing_score(tmp_path) -> None:
    spans = scored_attributions(tmp_path, "Indictments\n\n" + ROYCE + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("urged", "Ed Royce, John McCain and Ben Sasse")]
