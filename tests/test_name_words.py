"""Word readings of framing/name_words.py that decide whether a one-word source names anyone
(`not_a_source_word`): a preposition or "Asked" left alone by a misread clause is no one, while a
surname that is also a word ("From" in Al From) still is, widened to the full name.  Rows: a word and the answer, then a text
and the speaker of each attribution through the pipeline and the CLI."""

from __future__ import annotations

import pytest

from framing.name_words import NAME_PART_RE, is_name_part, not_a_source_word, surname_like_function_word
from voice_cases import analyzed_attributions, scored_attributions, speakers


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


# A surname that is also a function word ("From"), written after a given name the table knows:
# the run gives the full name a lone "From" widens to.  A function word opening its run is no
# surname ("From Washington, ...").  Rows: a text and, for each attribution span
# `framing.analyze` writes, its cue, speaker and source.
ROWS = [
    ("Al From founded the council. From said the party had to change.", [("said", "Al From", "From")]),
    (
        "The Democratic Leadership Council, founded by Al From in 1985, grew fast. From said the party had to change.",
        [("said", "Al From", "From")],
    ),
    ("From Washington, Obama said the talks had failed.", [("said", "Obama", "Obama")]),
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


@pytest.mark.parametrize("text, expected", ROWS)
def test_a_surname_that_is_a_word_widens(text: str, expected: list) -> None:
    assert [(cue, speaker, source) for cue, speaker, source, _ in analyzed_attributions(text)] == expected


def test_a_surname_that_is_a_word_widens_from_framing_score(tmp_path) -> None:
    text, expected = ROWS[0]
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "Council\n\n" + text + "\n")] == [e[:2] for e in expected]


@pytest.mark.parametrize(
    "words, expected",
    [
        ("Al From", True),
        ("From Washington", False),  # the function word opens the run
        ("Hillary For", True),  # (a run ending there: "Hillary For America" ends in "America")
        ("Zorbo From", False),  # no given name the table knows
        ("Al The", False),  # a determiner is never a surname
        ("Al FROM", False),
    ],
)
def test_surname_like_function_word(words: str, expected: bool) -> None:
    parts = words.split()
    assert surname_like_function_word(parts, [p.lower() for p in parts]) is expected


@pytest.mark.parametrize(
    "word, expected",
    [
        ("Lavrov", True),
        ("O’Neill", True),
        ("Seitz-Wald", True),
        ("Jr.", True),
        ("Łukasz", True),  # an accented capital, as `capitalised` widens [A-Z]
        ("A_B", True),  # "_" is a word character of the pattern, though no `str.isalnum` one
        ("lavrov", False),
        ("", False),
        ("Trump,", False),
        ("\u212aelvin", False),  # the Kelvin sign is no capital of the pattern
        ("Ab\u00b2", True),  # a superscript digit: `str.isalnum` and `\w` both accept it
    ],
)
def test_is_name_part_is_the_name_part_pattern(word: str, expected: bool) -> None:
    """`is_name_part` tells most words without the pattern (a capital, then letters and digits):
    it must say what `NAME_PART_RE.fullmatch` says."""
    assert is_name_part(word) is expected
    assert (NAME_PART_RE.fullmatch(word) is not None) is expected
