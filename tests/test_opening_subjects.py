"""framing/opening_subjects.py: the body or group a sentence opens with as its subject, read for a
pronoun that opens the next sentence ("It said", "They said"); None where it is not clearly one."""

from __future__ import annotations

import pytest

from framing.opening_subjects import after_fronted_adverbial, body_subject, fronted_adverbial, group_subject, people_plural


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Justice Department opened an inquiry on Monday. ", "Justice Department"),
        ("The Department of Education has misled the public. ", "Department of Education"),
        ("The report also provided details. ", "report"),
        ("The senator opened an inquiry. ", None),
        ("Justice Department officials opened an inquiry. ", None),
    ],
)
def test_body_subject(sentence, expected):
    assert body_subject(sentence, 0, len(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The protesters gathered downtown. ", "protesters"),
        ("The GOP contenders agree that states should decide. ", "GOP contenders"),
        ("Democratic leaders are wary of steering the party left. ", "Democratic leaders"),
        ("Cruz’s allies were furious. ", "Cruz’s allies"),
        ("Many conservative activists were angry. ", "Many conservative activists"),
        ("Republicans want a vote. ", "Republicans"),
        ("Workers objected to the plan. ", "Workers"),
        ("the protesters gathered downtown. ", "protesters"),  # (after a fronted adverbial: `In the end, the protesters`)
        # A person, a group followed by a place, a sentence opening with no group subject.
        ("The senator met voters in Iowa. ", None),
        ("Voters in Iowa met the senator. ", None),
        ("Those are numbers any taxpayer can read. ", None),
        ("But such measures have been met with opposition. ", None),
        ("The weather turned cold. ", None),
        ("State rules do not require it. ", None),
        ("Riding alone in the park can be hazardous. ", None),
        ("As Republicans scrambled to raise cash, ", None),
    ],
)
def test_group_subject(sentence, expected):
    assert group_subject(sentence, 0, len(sentence)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In 2000, they", True),
        ("Last week, they", True),
        ("But in Michigan a week ago, they", True),
        ("A few minutes later they", True),
        ("In it, they", True),
        ("In the states, they", False),
        ("When asked, they", False),
        ("The outreach, they", False),
        ("Riding alone, they", False),
    ],
)
def test_fronted_adverbial(text, expected):
    assert fronted_adverbial(text, 0, text.rindex("they")) is expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("In 1993, radical Islamists bombed the tower. ", "radical Islamists bombed the tower. "),
        ("In the end, the protesters gathered. ", "the protesters gathered. "),
        ("Radical Islamists bombed the tower. ", "Radical Islamists bombed the tower. "),
        ("In 1993 radical Islamists bombed the tower. ", "In 1993 radical Islamists bombed the tower. "),  # no comma: none
        ("When asked, the protesters left. ", "When asked, the protesters left. "),
    ],
)
def test_after_fronted_adverbial(sentence, expected):
    assert sentence[after_fronted_adverbial(sentence, 0, len(sentence)) :] == expected


@pytest.mark.parametrize(
    "word, expected",
    [("politicians", True), ("voters", True), ("people", True), ("candidates", True), ("rules", False), ("says", False), ("establishment", False)],
)
def test_people_plural(word, expected):
    assert people_plural(word) is expected
