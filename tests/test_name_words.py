"""Word readings of framing/name_words.py that decide whether a one-word source names anyone
(`not_a_source_word`): a preposition or "Asked" left alone by a misread clause is no one, while a
surname that is also a word ("From" in Al From) still is.  Rows: a word and the answer, then a text
and the speaker of each attribution through the pipeline and the CLI."""

from __future__ import annotations

import pytest

from framing.name_words import not_a_source_word
from voice_cases import scored_attributions, speakers


@pytest.mark.parametrize(
    "norm, expected",
    [
        ("with", True),
        ("asked", True),
        ("about", True),
        ("meanwhile", True),
        ("feb", True),  # `On the morning of Feb. 28 Trump jumped ... and retweeted`
        ("sept", True),
        ("jan", False),  # `Jan Brewer`
        ("from", False),  # `Al From ... From said`
        ("trump", False),
    ],
)
def test_not_a_source_word(norm: str, expected: bool) -> None:
    assert not_a_source_word(norm) is expected


ROWS = [
    ("Al From founded the council. From said the party had to change.", ["From"]),
]
NO_ONE = [
    ("On the morning of Feb. 28 Trump jumped onto his Twitter account and retweeted a quote.", [None]),
]


@pytest.mark.parametrize("text, expected", NO_ONE)
def test_a_month_is_no_speaker(text: str, expected: list) -> None:
    assert speakers(text) == expected


def test_a_month_is_no_speaker_from_framing_score(tmp_path) -> None:
    text, expected = NO_ONE[0]
    assert [s["speaker"] for s in scored_attributions(tmp_path, "Tweets\n\n" + text + "\n")] == expected


@pytest.mark.xfail(reason="'From' is in NOT_NAMES, so the run 'Al From' gives no full name to widen to", strict=True)
def test_a_surname_that_is_a_word_widens() -> None:
    assert speakers(ROWS[0][0]) == ["Al From"]


@pytest.mark.parametrize("text, expected", ROWS)
def test_a_surname_that_is_a_word_still_speaks(text: str, expected: list) -> None:
    assert speakers(text) == expected


def test_a_surname_that_is_a_word_still_speaks_from_framing_score(tmp_path) -> None:
    text, expected = ROWS[0]
    assert [s["speaker"] for s in scored_attributions(tmp_path, "Council\n\n" + text + "\n")] == expected
