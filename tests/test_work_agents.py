"""A work credited to two authors joined by "and" (framing/work_agents.py): the source runs back
to the work's noun phrase and the speaker names both authors, as with one author ("a study by
Harvard University" -> "Harvard University").  Rows: a text and its attributions as (cue,
speaker, source)."""

from __future__ import annotations

import pytest

from framing.work_agents import agents_named
from voice_cases import analyzed_attributions, scored_attributions

_WORKS = [
    # Seen in PolNeAR dev (wash-post, Charlotte): only the second body was the speaker.
    (
        "Kids eat too much. Yet, a 2014 study by Harvard and the University of California at Berkeley found that kids eat badly.",
        [("found", "Harvard and the University of California at Berkeley", "a 2014 study by Harvard and the University of California at Berkeley")],
    ),
    ("A 2014 study by Harvard and Yale found that kids eat badly.", [("found", "Harvard and Yale", "A 2014 study by Harvard and Yale")]),
    ("Research by Harvard and Yale found that kids eat badly.", [("found", "Harvard and Yale", "Research by Harvard and Yale")]),
    (
        "A new report by the IMF and the World Bank says growth will slow.",
        [("says", "IMF and the World Bank", "A new report by the IMF and the World Bank")],
    ),
    # An adjective before the author's name is no part of it (PolNeAR train, huff-post: "Policy Research").
    (
        "A 2009 report by the progressive Center for Economic and Policy Research found that wages fell.",
        [("found", "Center for Economic and Policy Research", "A 2009 report by the progressive Center for Economic and Policy Research")],
    ),
    # As before: one author, one body's name with "and" in it, names coordinated with no work.
    ("A study by Harvard University found that kids eat badly.", [("found", "Harvard University", "A study by Harvard University")]),
    ("The Securities and Exchange Commission said the deal was off.", [("said", "Securities and Exchange Commission", "The Securities and Exchange Commission")]),
    ("Harvard and Yale found that kids eat badly.", [("found", "Harvard and Yale", "Harvard and Yale")]),
]


@pytest.mark.parametrize("text, expected", _WORKS)
def test_a_work_by_two_authors_credits_both(text, expected):
    assert [(cue, speaker, source) for cue, speaker, source, _ in analyzed_attributions(text)] == expected


def test_framing_score_credits_both_authors(tmp_path):
    spans = scored_attributions(tmp_path, _WORKS[0][0] + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("found", "Harvard and the University of California at Berkeley")]


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("a 2014 study by Harvard and the University of California at Berkeley", "Harvard and the University of California at Berkeley"),
        ("a report by the IMF and the World Bank", "IMF and the World Bank"),
        ("a study by Harvard University", None),  # one author: `phrase_reading` reads it
        ("a study by Harvard and others", None),  # the second is no name
        ("Clinton and Trump", None),  # no work
    ],
)
def test_agents_named(phrase, expected):
    words = phrase.split()
    assert agents_named(words, [w.lower() for w in words]) == expected
