"""Cues inside another attribution's content that are no attribution of their own
(framing/nested_cues.py), through `framing.analyze`: each row is a text and its attributions as
(cue, speaker, source, content).  Here: an accusation credited to no one inside another report."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_attributions, scored_attributions

SAYOC = (
    "Mr. Sayoc has a criminal history that includes felony theft, as well as being arrested and "
    "accused of threatening to use a bomb, public records show."
)
UNSOURCED_ACCUSATIONS = [
    # An accusation credited to no one inside the records' report: the records' report.
    (SAYOC, [("show", "public records", "public records",
              "Mr. Sayoc has a criminal history that includes felony theft, as well as being arrested and "
              "accused of threatening to use a bomb")]),
    ("As The Hill reported, Donald Trump was also accused of breaking debate rules.",
     [("reported", "Hill", "The Hill", "Donald Trump was also accused of breaking debate rules")]),
    # With its accuser named, or on its own, it stays.
    ("Prosecutors said Cruz accused Rubio of lying about the bill.",
     [("said", "Prosecutors", "Prosecutors", "Cruz accused Rubio of lying about the bill"),
      ("accused", "Cruz", "Cruz", "Rubio of lying about the bill")]),
    ("Roof is accused of killing nine people.", [("accused", None, None, "Roof is accused of killing nine people")]),
]


@pytest.mark.parametrize("text, expected", UNSOURCED_ACCUSATIONS)
def test_an_unsourced_accusation_inside_a_report_is_that_report(text: str, expected: list[tuple]) -> None:
    assert analyzed_attributions(text) == expected


def test_an_unsourced_accusation_from_framing_score(tmp_path) -> None:
    """`framing score`: the NYT's sentence shows the records' "show" only (it also showed an
    "accused" credited to Mr. Sayoc, then to no one)."""
    spans = scored_attributions(tmp_path, SAYOC + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("show", "public records")]
