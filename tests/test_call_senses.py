"""The senses of "call" that put no label on anyone (framing/call_senses.py): a telephone call,
a call into a programme, "called to mind", a race called.  Each row is a text and its attributions
as (cue, verb, speaker, source, content), exact substrings, through `framing.analyze`."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_cues, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
    # "called" on the telephone, into a programme, "called to mind": no label given; labels stay.
    ("Clinton said she called Sanders after the primaries.", [("said", "say", "Clinton", "Clinton", "she called Sanders after the primaries")]),
    ("After the rape, Bill Clinton called her to get together again.", []),
    ("A year later, Mr. Obama called Naghmeh Abedini. Her husband was free.", []),
    ("Why had Donald Trump called into Bill O'Reilly's program on Fox News?", []),
    ("Mr. Obama's diagnosis inevitably called to mind the promise of reconciliation.", []),
    ("Trump called him a liar.", [("called", "call", "Trump", "Trump", "him a liar")]),
    ("Obama called Trump unfit to serve.", [("called", "call", "Obama", "Obama", "Trump unfit to serve")]),
    ("The speakers were unkind, calling into doubt his conservative credentials.",
     [("calling", "call", None, None, "into doubt his conservative credentials")]),
    # A race called for a candidate, a roll read out: no label; a label or a quoted name stays.
    ("Supporters roared when Texas was called for Ted Cruz moments after polls closed.", []),
    ("Clinton spoke after Arizona was called, following a day of attacks.", []),
    ("Rubio was called a Republican Obama by critics.", [("called", "call", "anonymous", "critics", "Rubio")]),
    ("This feature of the movement has been called \"strategic ambiguity\" by Joshua Hendrick.",
     [("called", "call", None, None, "This feature of the movement has been called \"strategic ambiguity\" by Joshua Hendrick")]),
    ("Reforms were called for by Sanders.", [("called for", "call", "Sanders", "Sanders", "Reforms")]),
    ],
)
def test_a_call_that_labels_no_one(text: str, expected: list[tuple]) -> None:
    assert analyzed_cues(text) == expected


def test_a_telephone_call_from_framing_score(tmp_path) -> None:
    """`framing score`: "called Sanders to congratulate him" labels no one (the congratulation is
    the cue); "called him a liar" does."""
    text = "Clinton called Sanders to congratulate him. Trump called him a liar.\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["stance"], s["speaker"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [
        ("congratulate", "emotive", "Clinton", "him"), ("called", "labeling", "Trump", "him a liar")]


def test_a_race_called_from_framing_score(tmp_path) -> None:
    """`framing score`: "Texas was called for Ted Cruz" labels no one; "Rubio was called a
    Republican Obama by critics" is the critics' label."""
    text = "Primaries\n\nTexas was called for Ted Cruz. Rubio was called a Republican Obama by critics.\n"
    assert [(s["text"], s["stance"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("called", "labeling", "anonymous")]
