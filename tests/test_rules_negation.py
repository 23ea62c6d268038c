"""Negation and modal rules (framing/rules_negation.py) through framing.analyze, as the pipeline
applies them: when "could" is a possibility the writer hedges with, and when it states an
inability or a purpose."""

from __future__ import annotations

import pytest

import framing


def hedges(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.category) for s in framing.analyze(text).spans if s.type == "hedge"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "could" of possibility hedges ...
        ("It could rain.", [("could", "modal")]),
        ("Voters remain undecided, so late movement could propel one of them.", [("could", "modal")]),
        ("He was tired, so he could lose.", [("could", "modal")]),
        ("So he could win the state.", [("could", "modal")]),
        # ... "could" of inability does not ...
        ("He could not attend.", []),
        # ... nor "could" in a clause of purpose, which says what someone meant to enable.
        ("He forwarded the emails so that she could give them to Clinton.", []),
        ("He wished it was 1825 so he could shoot him in a duel.", []),
        ("They cut rates so that more Democrats could get elected.", []),
        ("In order that they could vote, polls stayed open.", []),
    ],
)
def test_could_of_purpose_or_inability_is_no_hedge(text, expected):
    assert hedges(text) == expected
