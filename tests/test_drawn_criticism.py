"""Criticism drawn or faced (framing/drawn_criticism.py): `The proposal has drawn harsh criticism
from fellow GOP hopefuls`.  Each row is a text and its attributions as (cue, verb, speaker, source,
content), exact substrings of the text, through the voice stage; the last tests go through
`framing.analyze` and `framing score`."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_attributions, attributions_of, scored_attributions

ROWS = [
    # Who criticised after "from"; what, the subject of the verb.
    ("The proposal has drawn harsh criticism from fellow GOP presidential hopefuls.",
     [("criticism", "criticize", "fellow GOP presidential hopefuls", "fellow GOP presidential hopefuls", "The proposal")]),
    # What, the reason after "for"/"over" when there is one.
    ("Cruz faced criticism for unreported loans to his 2012 Senate campaign in Texas.",
     [("criticism", "criticize", None, None, "unreported loans to his 2012 Senate campaign in Texas")]),
    ("As President Obama faced public criticism over his Oval Office address on terrorism, he stayed calm.",
     [("criticism", "criticize", None, None, "his Oval Office address on terrorism")]),
    ("Hillary Clinton came under heavy criticism when it was revealed that she had used a personal account.",
     [("criticism", "criticize", None, None, "Hillary Clinton"),
      ("revealed", "reveal", None, None, "she had used a personal account")]),
    # A list of names after "from", a place, a quantity before the noun, another noun.
    ("Trump's comments have drawn criticism from Berlin, Paris and other European capitals.",
     [("criticism", "criticize", "Berlin, Paris and other European capitals", "Berlin, Paris and other European capitals", "Trump's comments")]),
    ("He has faced criticism even from within his own party for comments seen as insulting women.",
     [("criticism", "criticize", "within his own party", "within his own party", "comments seen as insulting women")]),
    ("This view has drawn criticism both inside and outside the Fed.",
     [("criticism", "criticize", "Fed", "both inside and outside the Fed", "This view")]),
    ("Mrs. Clinton will continue to face the criticism of her party rival, Senator Bernie Sanders of Vermont.",
     [("criticism", "criticize", "Bernie Sanders", "her party rival, Senator Bernie Sanders of Vermont", "Mrs. Clinton")]),
    ("Clinton can't get a haircut without attracting swarms of criticism.",
     [("criticism", "criticize", None, None, "Clinton")]),
    ("The clip has faced ridicule online since it was released.", [("ridicule", "ridicule", None, None, "The clip")]),
    ("With Mrs. Clinton facing accusations of favoritism toward donors, the foundation changed its rules.",
     [("accusations", "accuse", None, None, "Mrs. Clinton")]),
    # A claim with its clause as the subject: the claim is what was criticised, not its clause;
    # after a verb's "that", the subject of the clause is.
    ("Trump's claim that the election was a fraud drew criticism from Republicans.",
     [("claim", "claim", "Trump", "Trump's", "the election was a fraud"),
      ("criticism", "criticize", "Republicans", "Republicans", "Trump's claim that the election was a fraud")]),
    ("He said that the plan drew criticism from Republicans.",
     [("said", "say", None, "He", "the plan drew criticism from Republicans"),
      ("criticism", "criticize", "Republicans", "Republicans", "the plan")]),
    # A dash ends the source; "from" after a short reason opens it (not after a longer one).
    ("He drew widespread criticism from Democrats - and praise from conservatives - after the debate.",
     [("criticism", "criticize", "Democrats", "Democrats", "He")]),
    ("The company went ahead, despite facing criticism for the move from Democrats in Congress.",
     [("criticism", "criticize", "Democrats in Congress", "Democrats in Congress", "the move")]),
    ("She faced criticism for taking money from Wall Street.",
     [("criticism", "criticize", None, None, "taking money from Wall Street")]),
    # Not after a verb of drawing or facing, or "questions" and "scrutiny" (PolNeAR marks few): none.
    ("His criticism of the plan was harsh.", []),
    ("Trump has faced questions about his business practices.", []),
    ("Manafort's work in Ukraine has come under scrutiny.", []),
    # Inside a quotation: the speaker's words.
    ('"The bill has drawn criticism from both parties," she said.', [("said", "say", None, "she", '"The bill has drawn criticism from both parties,"')]),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_criticism_drawn_or_faced(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


def test_criticism_drawn_through_analyze() -> None:
    text = "The House bill has drawn criticism from some other quarters as well."
    assert analyzed_attributions(text) == [("criticism", "some other quarters", "some other quarters", "The House bill")]


def test_criticism_drawn_from_framing_score(tmp_path) -> None:
    text = "Muslim ban\n\nThe proposal has drawn harsh criticism from fellow GOP presidential hopefuls.\n"
    spans = scored_attributions(tmp_path, text)
    assert [
        (s["text"], s["verb"], s["stance"], text[s["source"]["start"] : s["source"]["end"]], text[s["content"]["start"] : s["content"]["end"]])
        for s in spans
    ] == [("criticism", "criticize", "aggressive", "fellow GOP presidential hopefuls", "The proposal")]
