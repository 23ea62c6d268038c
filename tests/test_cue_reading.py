"""Word-class readings of a cue (framing/cue_reading.py) through `framing.analyze`: each row is a
text and its attributions as (cue, verb, speaker, source, content), exact substrings.

`evidence_shows`: "show" is a noun too ("the show"), but after an evidence noun in its clause
(polls, records, figures, video) it is the verb, across a place word, a phrase or a relative clause."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_cues, scored_attributions

EVIDENCE_SHOWS = [
    ("Polls there show Trump is trailing Ted Cruz.",
     [("show", "show", "Polls there", "Polls there", "Trump is trailing Ted Cruz")]),
    ("FEC records from the 2008 cycle show he backed both McCain and Giuliani.",
     [("show", "show", "FEC records from the 2008 cycle", "FEC records from the 2008 cycle", "he backed both McCain and Giuliani")]),
    ("The poll shows differences between them.", [("shows", "show", "poll", "The poll", "differences between them")]),
    # The noun stays a noun: no evidence noun before it.
    ("He watched the video of the show Trump hosted.", []),
    ("She records the show every week.", []),
]


@pytest.mark.parametrize("text, expected", EVIDENCE_SHOWS)
def test_evidence_shows(text: str, expected: list[tuple]) -> None:
    assert analyzed_cues(text) == expected


def test_evidence_shows_from_framing_score(tmp_path) -> None:
    """`framing score`: "Polls there show" is an attribution to the polls; "the show" is none."""
    text = "Polls there show Trump is trailing Ted Cruz. He watched the show Trump hosted.\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["stance"], text[s["source"]["start"] : s["source"]["end"]], text[s["content"]["start"] : s["content"]["end"]])
            for s in spans] == [("show", "raising", "Polls there", "Trump is trailing Ted Cruz")]
