"""`framing.source_ends`: a source phrase ending in an abbreviation keeps its full stop."""

from __future__ import annotations

import pytest

from framing.source_ends import with_abbreviation_stop
from voice_cases import analyzed_attributions, cue_sources, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
        # PolNeAR dev (NYT, the inauguration): a hometown's state before the who-clause's comma.
        (
            "Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen on the Mall, said the "
            "event brought back memories of her father.",
            [("said", "Donna Sampson Rawlings, 59, of Ashton, Md.", "Donna Sampson Rawlings")],
        ),
        # A suffix before the aside's comma.
        (
            "The chairman of the Joint Chiefs of Staff, Gen. Joseph F. Dunford Jr., asked the admiral.",
            [("asked", "The chairman of the Joint Chiefs of Staff, Gen. Joseph F. Dunford Jr.", "Joseph F. Dunford Jr")],
        ),
        # Before the cue in the same sentence a full stop cannot end it: the country's.
        ("Opponents of allowing Syrian refugees into the U.S. cite concerns that the refugees are not vetted.",
         [("cite", "Opponents of allowing Syrian refugees into the U.S.", "Opponents of allowing Syrian refugees into the U.S")]),
        # After the cue, the sentence's full stop is the sentence's, as before.
        ("The plan failed, said John Smith Jr.", [("said", "John Smith Jr", "John Smith Jr")]),
        # No abbreviation: nothing added.
        ("Harry Bond, of Raleigh, said he was scared.", [("said", "Harry Bond", "Harry Bond")]),
    ],
)
def test_source_keeps_the_abbreviation_stop(text, expected):
    assert cue_sources(text) == expected


@pytest.mark.parametrize(
    "text, end, cue_start, expected",
    [
        ("of Ashton, Md., who said", 13, 21, 14),  # stop and comma
        ("in the U.S. cite", 10, 12, 11),  # before the cue
        ("said John Smith Jr.", 18, 0, 18),  # after the cue, the sentence's stop
        ("said Smith...", 10, 0, 10),  # an ellipsis is no abbreviation's stop
        ("(i.e. they said", 2, 12, 2),  # nor the first stop of "i.e."
        ("Obama, said", 5, 7, 5),  # no stop at all
    ],
)
def test_with_abbreviation_stop(text, end, cue_start, expected):
    assert with_abbreviation_stop(text, end, cue_start) == expected


def test_library_and_score_give_the_stop(tmp_path):
    text = "Harry Bond, of Raleigh, N.C., who was polled, says he was scared.\n"
    assert [(c, spk, src) for c, spk, src, _ in analyzed_attributions(text)] == [("says", "Harry Bond", "Harry Bond, of Raleigh, N.C.")]
    rows = scored_attributions(tmp_path, text)
    assert [(r["text"], r["speaker"], text[r["source"]["start"] : r["source"]["end"]]) for r in rows] == [
        ("says", "Harry Bond", "Harry Bond, of Raleigh, N.C.")
    ]
