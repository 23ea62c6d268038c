"""Is a lone capitalised word a surname (framing/lone_names.py): its shape, and what the article
does with it elsewhere."""

from __future__ import annotations

import pytest

from framing import lone_names
from framing.lone_names import VERB_AFTER_SUBJECT_RE, group_like, surname_shaped, thing_or_word


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Zelensky", True),
        ("McConnell", True),
        ("O'Rourke", True),
        ("NATO", False),
        ("We're", False),
        ("I’m", False),
        ("R-Ky", False),
        ("Talk-show", False),
        ("American", False),
        ("Democratic", False),
        ("British", False),
        ("Chinese", False),
    ],
)
def test_surname_shaped(name, expected):
    assert surname_shaped(name) is expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Zelensky arrived. Zelensky spoke to reporters.", "Zelensky", False),
        ("Officials arrived. The officials left.", "Officials", True),  # written in lower case
        ("Ankara hosted talks. He flew in to Ankara.", "Ankara", False),  # "to" is no place word
        ("Ankara hosted talks. Talks in Ankara began.", "Ankara", True),
        ("Kremlin aides spoke. The Kremlin said no.", "Kremlin", True),
        ("Trump spoke. The Trump administration agreed.", "Trump", False),  # "the" before a modifier
        ("He deleted his Twitter account.", "Twitter", True),
        ("Sen. Tim Kaine, D-Va., spoke.", "Va", True),
        ("Russia said its troops were ready.", "Russia", True),
        ("Merkel said in Berlin's view the talks failed.", "Berlin", False),  # a possessive after "in"
    ],
)
def test_thing_or_word(text, name, expected):
    assert thing_or_word(text, name) is expected


@pytest.mark.parametrize("low, expected", [("democrats", True), ("russians", True), ("noting", True), ("merkel", False), ("sanders", True)])
def test_group_like(low, expected):
    assert group_like(low) is expected


@pytest.mark.parametrize(
    "after, expected",
    [(" arrived in Ankara", True), (" also said", True), (" spoke first", True), (", who said", True), (" in Ankara", False), (" conservative host", False)],
)
def test_verb_after_subject(after, expected):
    assert (VERB_AFTER_SUBJECT_RE.match(after) is not None) is expected


@pytest.mark.parametrize(
    "name, expected",
    [
        # Runs no "he" or "she" refers to: a body ending in an acronym, a run across a sentence
        # after an abbreviation, a heading in capitals before a sentence's first word.
        ("Indiana GOP", True),
        ("Priorities USA", True),
        ("Podesta Group's CEO", True),
        ("Washington D.C. He", True),
        ("BORROWING Back", True),
        # People: a title acronym inside the name, initials, regnal numbers.
        ("Hewlett-Packard CEO Carly Fiorina", False),
        ("FBI Director James Comey", False),
        ("J.M. Berger", False),
        ("Abdullah II", False),
        ("Elizabeth I", False),
        ("Donald Trump", False),
    ],
)
def test_runs_that_are_no_person(name, expected):
    assert lone_names.not_a_person_run(name) is expected
