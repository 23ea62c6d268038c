"""The generic "may" (framing/rules_modals.py) through framing.analyze and the CLI: after an
indefinite or generic subject "may" says "can" (a possibility in general, a permission), not the
writer's doubt; after a specific subject, in the past, or with "not" after one thing, it hedges."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app


def may_hedges(text: str) -> list[tuple[str, str]]:
    """The author-voice hedges on "may", with their text and voice."""
    return [(s.text, s.voice) for s in framing.analyze(text).spans if s.type == "hedge" and s.text.lower() == "may"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A generic subject: what can happen to any such thing, or what anyone may do (CoNLL-2010
        # train: 23 certain sentences whose only hedge this was, 2 uncertain) ...
        ("A person may suffer from post vacation blues after returning home.", []),
        ("In Pennsylvania, a peace officer may arrest a person without warrant.", []),
        ("Each segment may curl under along its edges.", []),
        ("One may apply the same metaphor to the set of requirements.", []),
        ("You may opt out at any time.", []),
        ("According to state law, no one may solicit a vote within 150 feet of a polling place.", []),
        ("No person may hold the office twice.", []),
        ("It spreads fast, and an infected person may die within 24 hours.", []),
        ("This is judicial review, where a court may overturn legislation.", []),
        # ... a specific subject, a guess about the past, a negated single case, or a noun inside
        # another phrase leave the writer's hedge.
        ("He may resign next week.", [("may", "author")]),
        ("The vote may be delayed.", [("may", "author")]),
        ("A witness may have seen him.", [("may", "author")]),
        ("A major factor may also have been the late vote.", [("may", "author")]),
        ("A judge may not enforce the subpoena.", [("may", "author")]),
        ("It was a move that may help trigger opposition.", [("may", "author")]),
        ("Her insistence on keeping her emails on a private server may prove a larger issue.", [("may", "author")]),
        ("Another incident a week ago may portend a longer stay.", [("may", "author")]),
    ],
)
def test_may_after_a_generic_subject_is_no_hedge(text, expected):
    assert may_hedges(text) == expected


def test_a_generic_may_from_the_cli(tmp_path):
    """`framing score`: "a peace officer may arrest" carries no hedge in the JSONL a user reads;
    "The officer may have acted alone" in the next sentence does."""
    path = tmp_path / "law.txt"
    text = "In Pennsylvania, a peace officer may arrest a person without warrant. The officer may have acted alone.\n"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["text"], s["start"], s["voice"]) for s in record["spans"] if s["type"] == "hedge"] == [
        ("may", text.index("may have"), "author")]


def test_framing_lexicon_test_says_why_a_generic_may_is_no_hedge():
    result = CliRunner().invoke(app, ["lexicon", "test", "A person may suffer from post vacation blues."])
    assert result.exit_code == 0, result.output
    lines = [line.rsplit("\tentry ", 1)[0] for line in result.output.splitlines()]
    assert ("9-12\t'may'\tnot a finding (hedge 'may'): generic-may: 'A person may' says what can happen to any such "
            "thing, not the writer's doubt") in lines
