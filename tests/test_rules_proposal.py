"""The `proposal` rule (framing/rules_proposal.py): "suggest" hedges when it weighs what is so
("The report suggests that prices will rise"), not when it puts an act or a thing forward ("the
financial planner will suggest a combination of savings")."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app


def hedges(text: str) -> list[tuple]:
    """(text, type, voice, category) of every hedge."""
    return [(s.text, s.type, s.voice, s.category) for s in framing.analyze(text).spans if s.type == "hedge"]


SUGGESTS = ("suggests", "hedge", "author", "epistemic_verb")


@pytest.mark.parametrize(
    "text, expected",
    [
        # An act or a thing put forward: no hedge.
        ("Using net present value calculators, the financial planner will suggest a combination of savings.", []),
        ("In December 1947, Menon suggested requiring the rulers of states to sign.", []),
        ("She suggested that the civilian women and children should start walking.", []),
        ("The lawyer suggested a settlement.", []),
        ("A consultant suggests using them twice a week.", []),
        # Weighing what is so: the writer's hedge.
        ("The report suggests that prices will rise.", [SUGGESTS]),
        ("The data suggests a link between the two.", [SUGGESTS]),
        ("Polls suggest growing support for the plan.", [("suggest", "hedge", "author", "epistemic_verb")]),
        ("This suggests nothing.", [SUGGESTS]),
        # A person whose object is a clause weighs a view (an unnamed chemist: still a hedge).
        ("A local chemist examined the windows and suggests the stain was produced by water.", [SUGGESTS]),
    ],
)
def test_suggest_proposes_or_hedges(text, expected):
    assert hedges(text) == expected


def test_lexicon_test_names_the_proposal_rule():
    """How a lexicon builder sees it: `framing lexicon test` lists the declined match and why."""
    result = CliRunner().invoke(app, ["lexicon", "test", "In 1947, Menon suggested requiring the rulers to sign."])
    assert result.exit_code == 0, result.output
    lines = [line.rsplit("\tentry ", 1)[0] for line in result.output.splitlines()]
    assert "15-24\t'suggested'\tnot a finding (hedge 'suggest'): proposal: 'suggested requiring' puts an act forward, no hedge" in lines


@pytest.mark.parametrize(
    "text, expected",
    [
        # The attribution takes the same reading: a proposal is `urging`, as "propose" is ...
        ("The financial planner will suggest a new fund.", [("suggest", "urging", "financial planner")]),
        ("In 1947, Menon suggested requiring the rulers to sign.", [("suggested", "urging", "Menon")]),
        ("She suggested that the civilian women and children should start walking.", [("suggested", "urging", None)]),
        # ... and a suggestion of what is so stays `tentative`.
        ("The report suggests that prices will rise.", [("suggests", "tentative", "report")]),
    ],
)
def test_the_attribution_of_a_proposal_is_urging(text, expected):
    assert [(s.text, s.stance, s.speaker) for s in framing.analyze(text).spans if s.type == "attribution"] == expected


def test_a_proposal_from_the_cli(tmp_path):
    """`framing score`: the planner's "suggest" is no finding, its attribution `urging`; the
    report's "suggests" is an author-voice hedge, its attribution `tentative`."""
    path = tmp_path / "advice.txt"
    path.write_text("The financial planner will suggest a new fund. The report suggests that prices will rise.\n",
                    encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["text"], s["start"], s["voice"], s["category"]) for s in record["spans"] if s["type"] == "hedge"] == [
        ("suggests", 58, "author", "epistemic_verb"),
    ]
    assert [(s["text"], s["stance"], s["speaker"]) for s in record["spans"] if s["type"] == "attribution"] == [
        ("suggest", "urging", "financial planner"), ("suggests", "tentative", "report")]
