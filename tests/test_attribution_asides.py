"""A subject split from its reporting verb by an aside between commas (a relative clause, a
participle phrase, an appositive): the source is the subject before the commas, not a word of
the aside (framing/cue_context.py, framing/relative_clauses.py)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app


def attributions(text: str) -> list[tuple]:
    """(cue, stance, speaker, source text, content text) of every attribution."""
    def part(r):
        return text[r.start : r.end] if r else None

    return [(s.text, s.stance, s.speaker, part(s.source), part(s.content))
            for s in framing.analyze(text).spans if s.type == "attribution"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The minister, who spoke in Brussels, said that the deal was done.",
         [("said", "neutral", "minister", "The minister", "the deal was done")]),
        ("Angela Merkel, who spoke in Brussels on Monday, said that the deal was done.",
         [("said", "neutral", "Angela Merkel", "Angela Merkel", "the deal was done")]),
        ("The minister, speaking in Brussels, said the deal was done.",
         [("said", "neutral", "minister", "The minister", "the deal was done")]),
        ("The minister, who had met Putin, told reporters that the deal was done.",
         [("told reporters", "neutral", "minister", "The minister", "the deal was done")]),
        ("The company, which employs 3,000 people, said in a statement that it would appeal.",
         [("said", "neutral", "company", "The company", "it would appeal")]),
        ("The senator, a Republican from Ohio who chairs the committee, argued that the bill was flawed.",
         [("argued", "lowering", "senator", "The senator", "the bill was flawed")]),
        # A filing split from its verb: the filing claims, in the law's word (neutral).
        ("The lawsuit, filed in May by three former employees, claims that the company hid losses.",
         [("claims", "neutral", "lawsuit", "The lawsuit", "the company hid losses")]),
        ("The lawsuit, which Smith filed in May, claims that the company hid losses.",
         [("claims", "neutral", "lawsuit", "The lawsuit", "the company hid losses")]),
        ("The report, which was published by the Treasury on Friday, suggests that prices will rise.",
         [("suggests", "tentative", "report", "The report", "prices will rise")]),
    ],
)
def test_the_source_is_the_subject_before_the_aside(text, expected):
    assert attributions(text) == expected


def test_a_split_subject_from_the_cli(tmp_path):
    """`framing score`: the JSONL's attribution names the subject before the aside as speaker,
    with its offsets as the source."""
    text = "The minister, who spoke in Brussels, said that the deal was done.\n"
    path = tmp_path / "aside.txt"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    [cue] = [s for s in record["spans"] if s["type"] == "attribution"]
    assert (cue["text"], cue["voice"], cue["stance"], cue["speaker"]) == ("said", "author", "neutral", "minister")
    assert text[cue["source"]["start"] : cue["source"]["end"]] == "The minister"
    assert text[cue["content"]["start"] : cue["content"]["end"]] == "the deal was done"
