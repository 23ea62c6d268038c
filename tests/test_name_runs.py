"""The full names capitalised runs give (framing/name_runs.py): here a participle opening a
sentence right before a given name, which is no part of the name ("Attacking Hillary Clinton")."""

from __future__ import annotations

import pytest

from framing.name_runs import run_name
from voice_cases import analyzed_attributions, scored_attributions


@pytest.mark.parametrize(
    "run, expected",
    [
        ("Attacking Hillary Clinton", ("Clinton", "Hillary Clinton")),
        ("Praising Barack Obama", ("Obama", "Barack Obama")),
        ("Hillary Clinton", ("Clinton", "Hillary Clinton")),
        # Short -ing words may be surnames: kept.
        ("Ewing Marion Kauffman", ("Kauffman", "Ewing Marion Kauffman")),
    ],
)
def test_a_participle_before_a_given_name_is_no_part_of_the_name(run: str, expected: tuple) -> None:
    assert run_name(run) == expected


# BASIL 87609973 (NYT): the only full name is after a sentence's participle; "Mrs. Clinton" was
# "Clinton", no fuller name.
_NYT = (
    "Attacking Hillary Clinton, his former Democratic opponent, struck familiar tones. The emails are a sore spot "
    "for Mrs. Clinton. Mrs. Clinton, in a book released last year, said Mr. Comey’s disclosure hurt her campaign."
)


def test_the_name_after_a_participle_widens_a_later_surname() -> None:
    assert analyzed_attributions(_NYT) == [("said", "Hillary Clinton", "Mrs. Clinton", "Mr. Comey’s disclosure hurt her campaign")]


def test_the_name_after_a_participle_from_framing_score(tmp_path) -> None:
    spans = scored_attributions(tmp_path, "Emails\n\n" + _NYT + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("said", "Hillary Clinton")]
