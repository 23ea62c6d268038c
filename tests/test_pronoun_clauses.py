"""`framing.pronoun_clauses`: a subject pronoun after a noun phrase opens a clause of its own
(`a policy change he has supported`, `There are many reasons he believes`), and a source phrase
that ends in a pronoun gives that pronoun's referent as the speaker.

Each row goes through `framing.analyze` and gives (cue, speaker, source text, source start,
source end); the last test reads the same through `framing score`, as a user runs it.
"""

from __future__ import annotations

import pytest

import framing
from voice_cases import scored_attributions


def sources_of(text: str) -> list[tuple]:
    """(cue, speaker, source, source start, source end) of each attribution `framing.analyze` writes."""
    spans = [s for s in framing.analyze(text).spans if s.type == "attribution"]
    return [
        (s.text, s.speaker, text[s.source.start : s.source.end], s.source.start, s.source.end) if s.source else (s.text, s.speaker, None)
        for s in spans
    ]


SMITH = "Senator John Smith said he would vote. "  # (39 characters: the sentence that names him)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A pronoun after a noun phrase opens a relative clause without "that": it alone is the
        # source, and the speaker is its referent (was "policy change he", "There are many reasons he").
        (
            SMITH + "The bill would bring a policy change he has supported for years.",
            [("said", "John Smith", "Senator John Smith", 0, 18), ("supported", "John Smith", "he", 76, 78)],
        ),
        (
            SMITH + "There are many reasons he believes the plan will fail.",
            [("said", "John Smith", "Senator John Smith", 0, 18), ("believes", "John Smith", "he", 62, 64)],
        ),
        (
            SMITH + "It is a topic he has often warned about.",
            [("said", "John Smith", "Senator John Smith", 0, 18), ("warned", "John Smith", "he", 53, 55)],
        ),
        # A question about the pronoun is no relative clause (`pressed on why he had claimed`):
        # the clause's named subject stays the source.
        (
            "Mr. Putin spoke. Mr. Trump was pressed on why he had claimed that it was an honor.",
            [("claimed", "Trump", "Mr. Trump", 17, 26)],
        ),
    ],
)
def test_a_pronoun_after_a_noun_phrase_is_the_source(text, expected):
    assert sources_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A phrase ending in a subject pronoun after other words gives the pronoun's referent,
        # not the words (`on Tuesday night he`, `Yet they're`, `the ones he refused`).
        (SMITH + "On Tuesday night he said the plan would fail.", ["John Smith", "John Smith"]),
        (SMITH + "The ones he refused to sign were the worst.", ["John Smith", "John Smith"]),
        # A question or an inversion still names no one.
        (SMITH + "Why had he asserted that the plan would fail?", ["John Smith", None]),
    ],
)
def test_a_phrase_ending_in_a_pronoun_gives_its_referent(text, expected):
    assert [row[1] for row in sources_of(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            SMITH + "There are many reasons he believes the plan will fail.\n",
            [("said", "John Smith", "Senator John Smith"), ("believes", "John Smith", "he")],
        ),
    ],
)
def test_score_jsonl_shows_these_sources(tmp_path, text, expected):
    """`framing score` JSONL, as a user reads it: the speaker and source of each attribution."""
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["speaker"], text[s["source"]["start"] : s["source"]["end"]]) for s in spans] == expected
