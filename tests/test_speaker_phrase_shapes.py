"""Shapes of a source phrase read from its words alone (framing/speaker_phrase_shapes.py): here a
phrase opening with a past tense and its complement, which names no speaker (`opens_with_verb`)."""

from __future__ import annotations

import pytest

from framing.speaker_phrase_shapes import opens_with_verb, verb_with_object_inside
from voice_cases import analyzed_attributions, scored_attributions


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("left little", True),  # `..., which left little doubt that ...`
        ("tried to walk", True),
        ("spent more time", True),
        ("benefited from the largesse of hedge fund executives", True),
        ("helped", True),
        # A participle before a noun is a noun phrase; a passive with its agent what is left of one.
        ("leaked emails", False),
        ("retired neurosurgeon", False),
        ("released on Tuesday by a group of researchers", False),
        ("Released emails", False),
        ("officials", False),
    ],
)
def test_a_phrase_opening_with_a_past_tense_and_its_complement(phrase: str, expected: bool) -> None:
    assert opens_with_verb(phrase) is expected


# PolNeAR dev (NYT): the speaker was "left little", a verb phrase.
_LEFT_LITTLE = "Mr. Obama immersed himself in the scientific literature, which left little doubt that the planet was warming."


def test_a_verb_phrase_is_no_speaker() -> None:
    assert analyzed_attributions(_LEFT_LITTLE) == [("doubt", None, "left little", "the planet was warming")]


def test_a_verb_phrase_is_no_speaker_from_framing_score(tmp_path) -> None:
    spans = scored_attributions(tmp_path, "Climate\n\n" + _LEFT_LITTLE + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("doubt", None)]


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Mr. Comey’s disclosure hurt her campaign’s momentum and helped Mr", True),  # BASIL 87609973 before aafef89
        ("Trump’s 41-year-old campaign manager yanked her out of the way", True),
        ("The statement also referenced the impact it", True),
        # A clause describing the noun, a participle before its agent, a title: a description.
        ("the groups who wrote to her", False),
        ("a woman he married the year before", False),
        ("excerpts of his speech released by the White House", False),
        ("Former FBI Director", False),
    ],
)
def test_a_phrase_holding_a_verb_and_its_object(phrase: str, expected: bool) -> None:
    assert verb_with_object_inside(phrase) is expected


# PolNeAR train (Politico): the speaker of "said" was the phrase "The statement also referenced the impact it".
_REFERENCED = "The statement also referenced the impact it said Clinton had on the law."


def test_a_clause_is_no_speaker() -> None:
    assert [(cue, speaker) for cue, speaker, _, _ in analyzed_attributions(_REFERENCED)] == [("referenced", "statement"), ("said", None)]


def test_a_clause_is_no_speaker_from_framing_score(tmp_path) -> None:
    spans = scored_attributions(tmp_path, "Leave\n\n" + _REFERENCED + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("referenced", "statement"), ("said", None)]
