"""The `record-subject` rule (framing/rules_records.py): a record "indicates" what it holds, no
hedge ("His criminal record ... indicates that he was 5-foot-11"); evidence that "indicates"
something is inferred from it, the writer's hedge ("The data indicate that prices will rise")."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app


def hedges(text: str) -> list[str]:
    return [s.text for s in framing.analyze(text).spans if s.type == "hedge"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A record states what it holds (BASIL 1f99798f, NYT) ...
        ("His criminal record from the Florida Department of Law Enforcement indicates that at the time of his "
         "last arrest in 2015, he was 5-foot-11 and 215 pounds.", []),
        ("In a statement issued after court records indicated he planned a guilty plea, Jackson apologised.", []),
        ("Phone records also indicate he called twice.", []),
        ("The filing indicated that the company owed $3 million.", []),
        ("The ship's logs indicate it left port on May 4.", []),
        # ... evidence, a report or a study is weighed: the writer's hedge.
        ("The data indicate that prices will rise.", ["indicate"]),
        ("Reports indicated that some fighters were paying $50,000.", ["indicated"]),
        ("Archaeological finds also indicate the beginnings of the Bronze Age.", ["indicate"]),
        ("Records suggest that he left early.", ["suggest"]),  # only "indicate": "suggest" infers
        # Past a pause or a clause word the record is no subject of the verb.
        ("He kept records, which indicate a loss.", ["indicate"]),
        ("The records that the survey indicated were lost.", ["indicated"]),
    ],
)
def test_a_record_indicates_what_it_holds(text, expected):
    assert hedges(text) == expected


def test_a_record_subject_from_the_cli(tmp_path):
    """`framing score`: the record's "indicates" carries no hedge in the JSONL a user reads; the
    data's "indicate" in the next sentence still does."""
    path = tmp_path / "article.txt"
    path.write_text("His criminal record indicates that he was 5-foot-11. The data indicate that he fled.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    spans = json.loads(out.read_text(encoding="utf-8"))["spans"]
    assert [(s["text"], s["start"]) for s in spans if s["type"] == "hedge"] == [("indicate", 62)]


def test_framing_lexicon_test_names_the_record():
    result = CliRunner().invoke(app, ["lexicon", "test", "Court records indicated he planned a guilty plea."])
    assert result.exit_code == 0, result.output
    lines = [line.rsplit("\tentry ", 1)[0] for line in result.output.splitlines()]
    assert ("14-23\t'indicated'\tnot a finding (hedge 'indicate'): record-subject: 'records ... indicated': "
            "a record states what it holds, not the writer's hedge") in lines
