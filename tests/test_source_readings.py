"""Sources and speakers a user sees for a description with a name in apposition (`The
minister, Anna Berg, said`), for a title with its place (`The King of Jordan said`), and the
referent of a "he" after a body named with an acronym (`The Indiana GOP`).

PolNeAR's gold source covers the description and the name ("his top aide, Tad Devine", "the
F.B.I. director, James B. Comey,"; 12 of 15 such sources on train+dev), so the source does too
and the speaker is the name.  Each row goes through `framing.analyze`: (cue, speaker, source,
source start, source end); the last test reads the same through `framing score`.
"""

from __future__ import annotations

import pytest

import framing
from voice_cases import scored_attributions


def sources_of(text: str) -> list[tuple]:
    """(cue, speaker, source, source start, source end) of each attribution `framing.analyze` writes."""
    spans = [s for s in framing.analyze(text).spans if s.type == "attribution"]
    return [(s.text, s.speaker, text[s.source.start : s.source.end], s.source.start, s.source.end) for s in spans if s.source]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A description, then the name in commas: the source is both, the speaker the name (the
        # source was "Anna Berg").
        ("The minister, Anna Berg, said the plan failed.", [("said", "Anna Berg", "The minister, Anna Berg", 0, 23)]),
        (
            "Her chief policy aide, Jake Sullivan, said the plan failed. He added that it was late.",
            [("said", "Jake Sullivan", "Her chief policy aide, Jake Sullivan", 0, 36), ("added", "Jake Sullivan", "He", 60, 62)],
        ),
        # The unnamed-source word inside the description does not make a named speaker anonymous ...
        (
            "A spokeswoman, Maria Zakharova, said the plan failed.",
            [("said", "Maria Zakharova", "A spokeswoman, Maria Zakharova", 0, 30)],
        ),
        # ... while a spokesman who is not named stays anonymous.
        ("A spokesman for Mr. Clinton said the plan failed.", [("said", "anonymous", "A spokesman for Mr. Clinton", 0, 27)]),
        # A name and its place in commas is still the name alone.
        ("Johnnie Wilson, of Springfield, Va., said the plan failed.", [("said", "Johnnie Wilson", "Johnnie Wilson", 0, 14)]),
    ],
)
def test_a_description_with_a_name_in_apposition(text, expected):
    assert sources_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A title with its place is a role, written out (it was "Jordan", "Canada", "Homeland Security").
        ("The King of Jordan said the talks would resume.", [("said", "King of Jordan", "The King of Jordan", 0, 18)]),
        ("The Prime Minister of Canada said the talks would resume.", [("said", "Prime Minister of Canada", "The Prime Minister of Canada", 0, 28)]),
        (
            "The Department of Homeland Security said the plan failed.",
            [("said", "Department of Homeland Security", "The Department of Homeland Security", 0, 35)],
        ),
        # With the holder's name in commas, the name (it was "Jordan").
        ("The King of Jordan, Abdullah II, said the talks would resume.", [("said", "Abdullah II", "Abdullah II", 20, 31)]),
        # A given name after the title opens the holder's name (it was "Staff Katie Walsh").
        ("RNC Chief of Staff Katie Walsh said the plan failed.", [("said", "Katie Walsh", "RNC Chief of Staff Katie Walsh", 0, 30)]),
        # A name with its place keeps the person.
        ("Rep. Peter King of New York said the plan failed.", [("said", "Peter King", "Rep. Peter King of New York", 0, 27)]),
    ],
)
def test_a_title_with_its_place(text, expected):
    assert sources_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A description that runs on into its clause gives the description (the speaker was the
        # whole phrase, "American Legion has twice", "Coal miners are still smarting from").
        ("The American Legion has twice praised the plan.", [("praised", "American Legion", "The American Legion has twice", 0, 29)]),
        (
            "Coal miners are still smarting from remarks Clinton made earlier this year.",
            [("remarks", "Coal miners", "Coal miners are still smarting from", 0, 35)],
        ),
    ],
)
def test_a_description_running_on_into_its_clause(text, expected):
    assert sources_of(text) == expected


def test_he_is_no_body_named_with_an_acronym():
    """A body whose name ends in an acronym is no referent of a later "he" (it was "Indiana GOP")."""
    text = 'Chuck Williams said the race was close. The Indiana GOP said the vote was fair. "It was fair," he said.'
    assert [row[:3] for row in sources_of(text)] == [
        ("said", "Chuck Williams", "Chuck Williams"), ("said", "Indiana GOP", "The Indiana GOP"), ("said", "Chuck Williams", "he"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Chuck Williams said the race was close. The Indiana GOP said the vote was fair. "It was fair," he said.\n',
            [("said", "Chuck Williams", "Chuck Williams"), ("said", "Indiana GOP", "The Indiana GOP"), ("said", "Chuck Williams", "he")],
        ),
        ("The minister, Anna Berg, said the plan failed.\n", [("said", "Anna Berg", "The minister, Anna Berg")]),
        ("The American Legion has twice praised the plan.\n", [("praised", "American Legion", "The American Legion has twice")]),
        ("The King of Jordan said the talks would resume.\n", [("said", "King of Jordan", "The King of Jordan")]),
        ("The King of Jordan, Abdullah II, said the talks would resume.\n", [("said", "Abdullah II", "Abdullah II")]),
    ],
)
def test_score_jsonl_shows_these_sources(tmp_path, text, expected):
    """`framing score` JSONL, as a user reads it: the speaker and source of each attribution."""
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["speaker"], text[s["source"]["start"] : s["source"]["end"]]) for s in spans] == expected
