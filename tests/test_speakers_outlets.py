"""An outlet's possessive before a person is not part of the speaker: "NBC's Lester Holt asked" is
Lester Holt's (framing/phrase_names.py), and so is a later "he" after "NBC's Lester Holt opened the
debate" (the sentence subject remembered without its owner: person_memory.without_owner), while a
person's possessive before a thing ("Tuttle's article") names no person speaking.  Rows: a text
and its attributions as (cue, speaker), through `framing.analyze`."""

from __future__ import annotations

import pytest

from framing.person_memory import without_owner
from voice_cases import analyzed_attributions, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Debate\n\nNBC's Lester Holt asked whether the plan was dead.\n", [("asked", "Lester Holt")]),
        ("Debate\n\nFox's Chris Wallace said the plan was dead.\n", [("said", "Chris Wallace")]),
        ("Debate\n\nFox News's Chris Wallace said the plan was dead.\n", [("said", "Chris Wallace")]),
        ("Debate\n\nThe plan is dead, said Fox's Chris Wallace.\n", [("said", "Chris Wallace")]),
        ("Debate\n\nAccording to NBC's Lester Holt, the plan was dead.\n", [("According to", "Lester Holt")]),
        ("Debate\n\nCNN's Jake Tapper told viewers the plan was dead. He said it twice.\n", [("told", "Jake Tapper"), ("said", "Jake Tapper")]),
        # A "he" after such a sentence subject, no cue crediting it: the person, without the outlet.
        ("Debate\n\nNBC's Lester Holt opened the debate on Monday. He asked whether the plan was dead.\n", [("asked", "Lester Holt")]),
        ("Debate\n\nOn Sunday, NBC's Lester Holt opened the debate. He asked whether the plan was dead.\n", [("asked", "Lester Holt")]),
        ('Debate\n\nFox\'s Chris Wallace pressed Trump on taxes. "Will you pay?" he asked.\n', [("asked", "Chris Wallace")]),
        # A person's possessive before a thing: the thing, no person.
        ("Debate\n\nAs Tuttle's article noted, the plan was dead.\n", [("noted", "Tuttle's article")]),
        # The outlet's person by surname alone, the full name given before without the outlet.
        ('Debate\n\nModerator Lester Holt opened the debate. "We need answers," NBC\'s Holt said.\n', [("said", "Lester Holt")]),
        ("Debate\n\nNBC's Lester Holt opened the debate. Later NBC's Holt said the plan was dead.\n", [("said", "Lester Holt")]),
        # No full name anywhere: the surname, not the outlet's possessive with it.
        ("Debate\n\nNBC's Holt said the plan was dead.\n", [("said", "Holt")]),
        # A given name the table does not know: still the person without the outlet.
        ('Debate\n\nFox\'s Zorbo Kleft opened the debate. "We need answers," he said.\n', [("said", "Zorbo Kleft")]),
        # Possessives that are part of a name stay.
        ("Debate\n\nThe People's Party said the plan was dead.\n", [("said", "People's Party")]),
        ("Debate\n\nMartin O'Neill said the plan was dead. O'Neill added that it was late.\n", [("said", "Martin O'Neill"), ("added", "Martin O'Neill")]),
    ],
)
def test_an_outlets_person_speaks_without_the_outlet(text: str, expected: list[tuple]) -> None:
    assert [a[:2] for a in analyzed_attributions(text)] == expected


def test_an_outlets_person_from_framing_score(tmp_path) -> None:
    text = "Debate\n\nNBC's Lester Holt asked whether the plan was dead.\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("asked", "Lester Holt")]


@pytest.mark.parametrize(
    "name, expected",
    [
        ("NBC's Lester Holt", "Lester Holt"),  # an owner in capitals
        ("Fox’s Chris Wallace", "Chris Wallace"),  # a given name after it
        ("ABC News' Martha Raddatz", "Martha Raddatz"),
        ("Tuttle's Article", "Tuttle's Article"),  # a thing after a person's possessive
        ("Trump's Mar-a-Lago Club", "Trump's Mar-a-Lago Club"),
        ("Fox's Zorbo Kleft", "Zorbo Kleft"),  # a person's name whatever the given name
        ("Trump's Grand Hotel", "Trump's Grand Hotel"),  # a place
        ("Trump's Blue Room", "Trump's Blue Room"),
        ("Hillary's Bill Clinton", "Hillary's Bill Clinton"),  # a given name owning
        ("O'Brien Smith", "O'Brien Smith"),
        ("Lester Holt", "Lester Holt"),
    ],
)
def test_an_owners_possessive_is_dropped_only_before_a_person(name: str, expected: str) -> None:
    assert without_owner(name) == expected


def test_a_he_after_an_outlets_person_from_framing_score(tmp_path) -> None:
    text = "Debate\n\nNBC's Lester Holt opened the debate on Monday. He asked whether the plan was dead.\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("asked", "Lester Holt")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Moderator Lester Holt opened the debate. "We need answers," NBC\'s Holt said.\n', [("said", "Lester Holt")]),
        ('Fox\'s Zorbo Kleft opened the debate. "We need answers," he said.\n', [("said", "Zorbo Kleft")]),
    ],
)
def test_an_outlets_person_by_surname_from_framing_score(tmp_path, text: str, expected: list[tuple]) -> None:
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "Debate\n\n" + text)] == expected
