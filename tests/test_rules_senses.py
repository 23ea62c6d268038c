"""Sense rules (framing/rules_senses.py) through framing.analyze, as a reader of the report sees
them: where a hedge verb is the noun spelt like it ("the suspect", "Estimates of the damage"), which
names a thing and weighs nothing."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app


def epistemic(text: str) -> list[tuple[str, str, str]]:
    """Hedges and boosters with their type and voice."""
    return [(s.text, s.type, s.voice) for s in framing.analyze(text).spans if s.type in ("hedge", "booster")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # The noun names a figure, a person or a clue: no hedge ...
        ("Estimates of the damage ran high.", []),
        ("It was a reflection of a new estimate on medical cost growth.", []),
        ("A 2014 estimate by the committee projected a loss.", []),
        ("Initial estimates put the total at 55,000 pages.", []),
        ("Cost estimates, he added, were high.", []),
        ("It killed 11,300 people, according to WHO estimates.", []),
        ("Police identified the suspect in the shooting.", []),
        ("The suspect, Traore Kobili, is scheduled to appear.", []),
        ("Two of the suspects have been identified.", []),
        ("It provided a valuable hint, not for the phylogeny.", []),
        ("He even gave a few hints of his family life.", []),
        ('"A best estimate is better than no estimate," she said.', []),
        # A headline's noun subject before its participle, and a person a relative clause describes
        # (BASIL 1f99798f, Fox: "Suspect arrested in Florida ..."; BABE: "a homicide suspect who").
        ("Suspect arrested in Florida in connection with suspicious packages sent to Democrats", []),
        ("Estimate revised after the count.", []),
        # ... also before an irregular verb form or a verb in -s, and after the capitalised words
        # of a Title Case headline's noun ("Pipe Bomb Suspect"), which hold no view.
        ("Suspect held after shooting at mall", []),
        ("Suspect dies after police chase", []),
        ("Suspect shot by officers in Ohio", []),
        ("Suspect pleads not guilty to murder", []),
        ("Pipe Bomb Suspect Arrested In Florida", []),
        ("Bomb Suspect Held Without Bail", []),
        ("It followed the death of a homicide suspect who police say shot himself.", []),
        # ... the verb still hedges, and so do its participles ...
        ("Analysts estimate that 40 people died.", [("Analysts", "hedge", "author"), ("estimate", "hedge", "author")]),
        ("It is hard to estimate the loss.", [("hard to estimate", "hedge", "author")]),
        ("An estimated 40 people died.", [("An estimated", "hedge", "author")]),
        ("There were 21 suspected cases.", [("suspected", "hedge", "author")]),
        ("Officials suspect it was arson.", [("suspect", "hedge", "author")]),
        ("Suspect that something is wrong.", [("Suspect", "hedge", "author")]),  # the verb: an object, no participle
        ("Suspect his motives, and check his sources.", [("Suspect", "hedge", "author")]),  # an -s word as its object
        ("Police Suspect Arson In Fire At School", [("Suspect", "hedge", "author")]),  # the verb of a headline's group
        # ... as does the adjective "suspect" (doubtful) ...
        ("This theory is suspect for several reasons.", [("suspect", "hedge", "author")]),
        ('"The timing of it is quite suspect," said Vilsack.', [("suspect", "hedge", "quoted")]),
        # ... and estimates the writer says disagree: the figure is uncertain.
        ("Estimates vary depending on source.", [("Estimates", "hedge", "author")]),
        ("Prevalence estimates within clinical settings have varied from 3 to 30 percent.", [("estimates", "hedge", "author")]),
        ("But estimates for other billionaires vary widely.", [("estimates", "hedge", "author")]),
        # A named holder's verb is the holder's view (named_holder runs first).
        ("Tax cuts will come, the Tax Policy Center estimates.", []),
    ],
)
def test_a_hedge_verb_used_as_a_noun_is_no_hedge(text, expected):
    assert epistemic(text) == expected


def _scored_spans(tmp_path, text: str) -> list[dict]:
    """The spans `framing score` writes to JSONL for `text` saved as a file: what a user reads."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))["spans"]


def test_a_naming_noun_from_the_cli(tmp_path):
    """`framing score`: "Estimates of the damage" and "the suspect" carry no hedge in the JSONL a
    user reads; "Analysts estimate that" beside them still hedges (the group and its verb)."""
    spans = _scored_spans(tmp_path, "Estimates of the damage ran high. Police identified the suspect. Analysts estimate that 40 died.\n")
    assert [(s["text"], s["start"], s["type"], s["voice"]) for s in spans if s["type"] in ("hedge", "booster")] == [
        ("Analysts", 65, "hedge", "author"), ("estimate", 74, "hedge", "author")]


def test_framing_lexicon_test_says_why_a_noun_is_no_hedge():
    """`framing lexicon test` names the rule and the word that made it a noun."""
    result = CliRunner().invoke(app, ["lexicon", "test", "Estimates of the damage ran high."])
    assert result.exit_code == 0, result.output
    lines = [line.rsplit("\tentry ", 1)[0] for line in result.output.splitlines()]
    assert ("0-9\t'Estimates'\tnot a finding (hedge 'estimate'): naming-noun: 'estimates' before 'of' is a noun naming "
            "a thing, not the writer's hedge") in lines


def test_a_headline_suspect_from_the_cli(tmp_path):
    """`framing score` on a headline and its story (BASIL 1f99798f, Fox): "Suspect arrested in
    Florida" names a person, no hedge in the JSONL; "Investigators suspect that" still hedges."""
    spans = _scored_spans(tmp_path, "Suspect arrested in Florida\n\nInvestigators suspect that he acted alone.\n")
    assert [(s["text"], s["start"], s["type"]) for s in spans if s["type"] in ("hedge", "booster")] == [("suspect", 43, "hedge")]


def test_framing_lexicon_test_says_why_a_headline_suspect_is_a_noun():
    result = CliRunner().invoke(app, ["lexicon", "test", "Suspect arrested in Florida"])
    assert result.exit_code == 0, result.output
    lines = [line.rsplit("\tentry ", 1)[0] for line in result.output.splitlines()]
    assert ("0-7\t'Suspect'\tnot a finding (hedge 'suspect'): naming-noun: 'suspect' opening its sentence before "
            "'arrested' is a noun naming a thing, not the writer's hedge") in lines


def test_headline_suspects_of_irregular_verbs_from_the_cli(tmp_path):
    """`framing score`: "Suspect held", "Suspect dies" and "Pipe Bomb Suspect Arrested" name a
    person (irregular and -s verb forms, a Title Case noun), no hedge in the JSONL; the story's
    "Investigators suspect that" still hedges."""
    text = "Suspect held in Florida\n\nSuspect dies after chase\n\nPipe Bomb Suspect Arrested\n\nInvestigators suspect that he acted alone.\n"
    spans = _scored_spans(tmp_path, text)
    assert [(s["text"], s["start"], s["type"]) for s in spans if s["type"] in ("hedge", "booster")] == [
        ("suspect", text.index("suspect that"), "hedge")]


@pytest.mark.parametrize(
    "text, line",
    [
        ("Suspect held in Florida", "0-7\t'Suspect'\tnot a finding (hedge 'suspect'): naming-noun: 'suspect' opening its "
                                    "sentence before 'held' is a noun naming a thing, not the writer's hedge"),
        ("Suspect dies after chase", "0-7\t'Suspect'\tnot a finding (hedge 'suspect'): naming-noun: 'suspect' opening its "
                                     "sentence before 'dies' is a noun naming a thing, not the writer's hedge"),
        # The reason was "named-holder: 'Bomb suspect' reports a named view": "Bomb" is no holder.
        ("Pipe Bomb Suspect Arrested", "10-17\t'Suspect'\tnot a finding (hedge 'suspect'): naming-noun: 'suspect' ending a "
                                       "headline's subject ('Bomb Suspect') before 'arrested' is a noun naming a thing, not the writer's hedge"),
    ],
)
def test_framing_lexicon_test_says_why_a_headline_suspect_of_any_verb_is_a_noun(text, line):
    result = CliRunner().invoke(app, ["lexicon", "test", text])
    assert result.exit_code == 0, result.output
    assert line in [row.rsplit("\tentry ", 1)[0] for row in result.output.splitlines()]


def test_a_surname_after_a_title_abbreviation_from_the_cli(tmp_path):
    """`framing score`: 'Mr. Brat' and 'Rep. Dave Brat, R-Va.,' are a name, not the loaded 'brat'
    (the full stops of 'Mr.' and 'R-Va.' end no sentence); 'the spoiled brat' still is."""
    spans = _scored_spans(tmp_path, "The vote went to Mr. Brat on Tuesday. Rep. Dave Brat, R-Va., acknowledged the loss. "
                                    "Critics called him a spoiled brat.\n")
    assert [(s["text"], s["start"]) for s in spans if s["type"] == "loaded"] == [("spoiled", 105), ("brat", 113)]


def test_a_surname_named_elsewhere_from_the_cli(tmp_path):
    """`framing score`: after 'David Brat' the article's 'Brat said' and 'defeat Brat' are the
    name; the lower-case 'brat' stays loaded."""
    spans = _scored_spans(tmp_path, "David Brat won the primary. Brat said he was glad. Cantor had hoped to defeat Brat. "
                                    "Critics called him a brat.\n")
    assert [(s["text"], s["start"]) for s in spans if s["type"] == "loaded"] == [("brat", 105)]
