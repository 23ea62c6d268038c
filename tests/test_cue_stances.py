"""Stances the words around a cue decide (framing/cue_stances.py), through `framing.analyze`: each
row is a text and its attributions as (cue, verb, stance, speaker)."""

from __future__ import annotations

import framing
import pytest

from voice_cases import scored_attributions


def stances(text: str) -> list[tuple]:
    return [(s.text, s.verb, s.stance, s.speaker) for s in framing.analyze(text).spans if s.type == "attribution"]


# A legal charge ("charged with", "charged X with") is reported, not doubted: `neutral`; a charge
# made in words ("charged that") keeps the row's `lowering`.
LEGAL_CHARGES = [
    ("Sayoc has been charged with five federal crimes.", [("charged", "charge", "neutral", None)]),
    ("Prosecutors charged the officer with murder.", [("charged", "charge", "neutral", "Prosecutors")]),
    ("The state attorney who charged Zimmerman with second-degree murder spoke on Monday.",
     [("charged", "charge", "neutral", "state attorney")]),
    ("Critics charged that the hearing failed.", [("charged", "charge", "lowering", "anonymous")]),
    ("Sanders charged that the system was rigged against him.", [("charged", "charge", "lowering", "Sanders")]),
    # A "with" past the reach, after a comma, is no charge's: the row's stance stays.
    ("Critics charged, along with several senators, that the hearing failed.", [("charged", "charge", "lowering", "anonymous")]),
]


@pytest.mark.parametrize("text, expected", LEGAL_CHARGES)
def test_a_legal_charge_is_neutral(text: str, expected: list[tuple]) -> None:
    assert stances(text) == expected


def test_a_legal_charge_from_framing_score(tmp_path) -> None:
    """`framing score`: the stance a class reads for "charged with" is `neutral` (it was
    `lowering`, and the stance legend's example of doubt cast)."""
    spans = scored_attributions(tmp_path, "Sayoc has been charged with five federal crimes.\n")
    assert [(s["text"], s["stance"], s["category"]) for s in spans] == [("charged", "neutral", "neutral")]
