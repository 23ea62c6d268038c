"""framing.plural_nouns: the one plural test the vague-group rules and the pronoun reader share."""

from __future__ import annotations

import pytest

import framing
from framing.plural_nouns import is_plural


@pytest.mark.parametrize(
    ("word", "plural"),
    [
        ("officials", True),
        ("critics", True),
        ("people", True),
        ("police", True),  # irregular: the pronoun reader knew it, the vague-group rules did not
        ("women", True),  # irregular: the vague-group rules knew it, the pronoun reader did not
        ("children", True),
        ("press", False),
        ("status", False),
        ("analysis", False),
        ("news", False),
        ("trump's", False),
        ("bus", False),  # too short to tell
        ("official", False),
    ],
)
def test_is_plural(word, plural):
    assert is_plural(word) is plural


def hedges(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.category) for s in framing.analyze(text).spans if s.type == "hedge"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "news" is no plural, so the holders are the "outlets" after it (the vague-group copy
        # read "news" as the holders and "outlets" as their verb) ...
        ("Some news outlets suggest the law is wrong.", [("Some", "quantity_approximator"), ("suggest", "epistemic_verb")]),
        # ... and a plural noun before another modifies it: the holders are "officers", "fans".
        ("Some police officers believe it.", [("Some", "quantity_approximator"), ("believe", "epistemic_verb")]),
        ("Some sports fans believe it.", [("Some", "quantity_approximator"), ("believe", "epistemic_verb")]),
        ("Some women believe the law is wrong.", [("Some", "quantity_approximator"), ("believe", "epistemic_verb")]),
        ("Some buildings collapsed.", []),  # holders of no view
    ],
)
def test_the_vague_group_rules_read_plurals_with_it(text, expected):
    assert hedges(text) == expected
