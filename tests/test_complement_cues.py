"""Complements of cues (framing/complement_cues.py): here, whether "that" after a cue opens what
was said or a relative clause.  After a noun with a finite verb right after "that" (`a report
that could raise new questions`) the clause says what the thing does: no attribution (PolNeAR
train/dev mark 2 of 24 such).  After a verb, "that" so placed is a pronoun and what is said
goes on.  Each row is a text and its attributions as (cue, speaker, source, content) through
`framing.analyze`."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_attributions, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
        # A noun, "that" and a finite verb: a relative clause, no one credited.
        ("His office is preparing an additional report that could raise new questions.", []),
        ("The strikes were part of a series of coordinated attacks that killed 130 people.", []),
        ("She spoke after a comment that reopened old wounds.", []),
        ("These are the kinds of questions that would be hotly debated.", []),
        # ... and a cue inside the relative clause stands on its own.
        (
            "Mr. Wiley walked them through a slide show that predicted victory for Mr. Trump.",
            [("predicted", None, None, "victory for Mr. Trump")],
        ),
        # A noun, "that" and a subject: what was said.
        ("Trump's claim that he had won was false.", [("claim", "Trump", "Trump's", "he had won")]),
        # A verb, "that" and a finite verb: "that" is a pronoun, what is said goes on.
        ("The report said that the deal was dead.", [("said", "report", "The report", "the deal was dead")]),
    ],
)
def test_that_after_a_noun_cue_and_before_a_verb_opens_a_relative_clause(text: str, expected: list[tuple]) -> None:
    assert analyzed_attributions(text) == expected


def test_a_relative_clause_after_a_noun_cue_from_framing_score(tmp_path) -> None:
    text = "Report\n\nHis office is preparing a report that could raise new questions. The report said the deal was dead.\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [("said", "the deal was dead")]
