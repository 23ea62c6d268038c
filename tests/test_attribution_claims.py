""""claim" with a thing as its subject (framing/object_nouns.py, framing/cue_context.py and the
loaded.tsv plain_sense rows 'lawsuit claim', ...): a document that claims is credited with what it
claims, as a person is; a legal filing's "claims" is the law's own word, no doubt cast."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app


def claim_findings(text: str) -> list[tuple]:
    """(text, type, voice, verb, stance, speaker, source text) of every attribution and loaded word."""
    out = []
    for s in framing.analyze(text).spans:
        if s.type in ("attribution", "loaded"):
            source = text[s.source.start : s.source.end] if s.source else None
            out.append((s.text, s.type, s.voice, s.verb, s.stance, s.speaker, source))
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        # A person who claims: the outlet's doubting verb, loaded, stance lowering ...
        ("Smith claims that the company hid losses.",
         [("claims", "attribution", "author", "claim", "lowering", "Smith", "Smith"),
          ("claims", "loaded", "author", None, None, None, None)]),
        # ... and so is a report that claims (the outlet chose "claims" over "says" or "finds");
        # "report" after "the" is the subject, not a verb taking "claims" as its object.
        ("The report claims that the company hid losses.",
         [("claims", "attribution", "author", "claim", "lowering", "report", "The report"),
          ("claims", "loaded", "author", None, None, None, None)]),
        # A legal filing claims in the law's own word: neutral, not loaded.
        ("The lawsuit claims the firm broke the law.",
         [("claims", "attribution", "author", "claim", "neutral", "lawsuit", "The lawsuit")]),
        ("The complaint claimed that the firm hid losses.",
         [("claimed", "attribution", "author", "claim", "neutral", "complaint", "The complaint")]),
        ("The complaint alleges that the firm hid losses.",
         [("alleges", "attribution", "author", "allege", "neutral", "complaint", "The complaint")]),
        # A filing's participle and a filing split from its verb by an aside: the same law's
        # word, neutral and not loaded (the loaded word follows the attribution's reading).
        ("Lawsuits claiming fraud were filed in May.",
         [("claiming", "attribution", "author", "claim", "neutral", "Lawsuits", "Lawsuits")]),
        ("A complaint alleging bias was filed by the union.",
         [("alleging", "attribution", "author", "allege", "neutral", "complaint", "A complaint")]),
        ("A petition claiming fraud circulated.",
         [("claiming", "attribution", "author", "claim", "neutral", "petition", "A petition")]),
        ("The lawsuit, filed in May, claims that the firm hid losses.",
         [("claims", "attribution", "author", "claim", "neutral", "lawsuit", "The lawsuit")]),
        ("The suit, which was filed in May, claimed that the firm hid losses.",
         [("claimed", "attribution", "author", "claim", "neutral", "suit", "The suit")]),
        # A person split from the verb by an aside still claims in the outlet's doubting word.
        ("Smith, who spoke in May, claims that the firm hid losses.",
         [("claims", "attribution", "author", "claim", "lowering", "Smith", "Smith"),
          ("claims", "loaded", "author", None, None, None, None)]),
        ("Critics claiming fraud were ignored.",
         [("claiming", "attribution", "author", "claim", "lowering", "anonymous", "Critics"),
          ("claiming", "loaded", "author", None, None, None, None)]),
        # The noun after a verb of saying is still its object: "said claims of fraud".
        ("He said claims of fraud were false.",
         [("said", "attribution", "author", "say", "neutral", None, "He")]),
    ],
)
def test_a_thing_that_claims(text, expected):
    assert claim_findings(text) == expected


def test_a_lawsuit_that_claims_from_the_cli(tmp_path):
    """`framing score`: the JSONL credits the lawsuit with a neutral claim and the report with a
    lowering one, loaded."""
    path = tmp_path / "suit.txt"
    path.write_text("The lawsuit claims the firm broke the law. The report claims that the firm hid losses.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["text"], s["start"], s["type"], s["stance"], s["speaker"]) for s in record["spans"]
            if s["type"] in ("attribution", "loaded")] == [
        ("claims", 12, "attribution", "neutral", "lawsuit"),
        ("claims", 54, "attribution", "lowering", "report"),
        ("claims", 54, "loaded", None, None),
    ]


def test_filings_claiming_from_the_cli(tmp_path):
    """`framing score`: "Lawsuits claiming fraud" and a lawsuit split from "claims" by an aside are
    neutral attributions of the filing, with no loaded finding on the verb."""
    path = tmp_path / "suits.txt"
    path.write_text("Lawsuits claiming fraud were filed in May. The lawsuit, filed in June, claims that the firm hid losses.\n",
                    encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["text"], s["start"], s["type"], s["voice"], s["stance"], s["speaker"]) for s in record["spans"]
            if s["type"] in ("attribution", "loaded")] == [
        ("claiming", 9, "attribution", "author", "neutral", "Lawsuits"),
        ("claims", 71, "attribution", "author", "neutral", "lawsuit"),
    ]
