"""The named-holder rule (framing/rules_holders.py) through framing.analyze: a hedge verb after the
one who holds the view reports that view (an attribution crediting them), not the writer's hedge;
after a thing, the evidence or no one, it stays the writer's hedge.  (The rule's older rows are in
tests/test_rules_vagueness.py, where it was written first.)"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app


def reading(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str | None, str]]]:
    """(author-voice hedges as (text, category), attributions as (cue, speaker, stance))."""
    spans = framing.analyze(text).spans
    return (
        [(s.text, s.category) for s in spans if s.type == "hedge" and s.voice == "author"],
        [(s.text, s.speaker, s.stance) for s in spans if s.type == "attribution"],
    )


@pytest.mark.parametrize(
    "text, hedges, attributions",
    [
        # A lone surname opening its sentence, with or without an adverb before its verb: that
        # person's view, reported (a sentence of an encyclopaedia names no one else) ...
        ("Loomis further suggests that the rule is unfair.", [], [("suggests", "Loomis", "tentative")]),
        ("Loomis suggests that the rule is unfair.", [], [("suggests", "Loomis", "tentative")]),
        ("Schopenhauer sarcastically suggests that beliefs follow the climate.", [], [("suggests", "Schopenhauer", "tentative")]),
        ("Bennett speculates that the images were delayed.", [], [("speculates", "Bennett", "tentative")]),
        ("Crone believes that this is an exaggeration.", [], [("believes", "Crone", "thought")]),
        ("Grant believed a worldwide slump would follow.", [], [("believed", "Grant", "thought")]),  # a given name
        # ... named elsewhere after a given name, a pronoun across an adverb, a body by its name.
        ("Jane Loomis wrote a book. Loomis further suggests that the rule is unfair.", [],
         [("wrote", "Jane Loomis", "neutral"), ("suggests", "Jane Loomis", "tentative")]),
        ("He further suggests that the rule is unfair.", [], [("suggests", None, "tentative")]),
        ("She strongly believes that the rule is unfair.", [], [("believes", None, "thought")]),
        ("The EPA further suggests that the rule is unfair.", [], [("suggests", "EPA", "tentative")]),
        # A thing, the evidence, a pronoun that may be either, a plural: the writer's hedge.
        ("The report suggests that prices will rise.", [("suggests", "epistemic_verb")], [("suggests", "report", "tentative")]),
        ("The report further suggests that prices will rise.", [("suggests", "epistemic_verb")], [("suggests", "report", "tentative")]),
        ("Research suggests that offenders reoffend less.", [("suggests", "epistemic_verb")], [("suggests", "Research", "tentative")]),
        ("Evidence strongly suggests that the rule is unfair.", [("suggests", "epistemic_verb")], [("suggests", "Evidence", "tentative")]),
        ("Tradition suggests that the pasty was a lunch.", [("suggests", "epistemic_verb")], [("suggests", "Tradition", "tentative")]),
        ("This suggests that the rule is unfair.", [("suggests", "epistemic_verb")], [("suggests", None, "tentative")]),
        ("It further suggests that the rule is unfair.", [("suggests", "epistemic_verb")], [("suggests", None, "tentative")]),
        ("Polls suggested that the race was close.", [("suggested", "epistemic_verb")], [("suggested", "Polls", "tentative")]),
        ("Investigators believe the fire was arson.", [("believe", "epistemic_verb")], [("believe", "Investigators", "thought")]),
        # A surname in -s before a past form is no plural: no singular of it ("jone", "adam") is a
        # thing, a role, a reporting verb or a noun by its ending, nor written in lower case.
        ("Jones suggested that the plan would fail.", [], [("suggested", "Jones", "tentative")]),
        ("Adams believed that the plan would fail.", [], [("believed", "Adams", "thought")]),
        ("Williams believed a slump would follow.", [], [("believed", "Williams", "thought")]),
        ("Studies suggested that the plan would fail.", [("suggested", "epistemic_verb")], [("suggested", "Studies", "tentative")]),
        ("Results suggested that the plan would fail.", [("suggested", "epistemic_verb")], [("suggested", "Results", "tentative")]),
        ("Analyses suggested that the plan would fail.", [("suggested", "epistemic_verb")], [("suggested", "Analyses", "tentative")]),
        ("Estimates suggested that the plan would fail.", [("suggested", "epistemic_verb")], [("suggested", "Estimates", "tentative")]),
        ("Investigators believed the fire was arson.", [("believed", "epistemic_verb")], [("believed", "Investigators", "thought")]),
        ("Lawyers believed the fire was arson.", [("believed", "epistemic_verb")], [("believed", "Lawyers", "thought")]),
        ("Bones suggested an early death. A bone was found.", [("suggested", "epistemic_verb")], [("suggested", "Bones", "tentative")]),
        # A surname in -ers ("Sanders": "sander" has a person noun's ending) is one person when a
        # verb agrees with one subject only, in its clause or elsewhere in the article.
        ("Sanders has suggested that the plan would fail.", [], [("suggested", "Sanders", "tentative")]),
        ("Sanders is a senator. Sanders suggested that the plan would fail.", [], [("suggested", "Sanders", "tentative")]),
        ("Sanders says the plan is bad. Sanders suggested that it would fail.", [],
         [("says", "Sanders", "neutral"), ("suggested", "Sanders", "tentative")]),
        ("Researchers have suggested that the plan would fail.", [("Researchers", "vague_group"), ("suggested", "epistemic_verb")],
         [("suggested", "Researchers", "tentative")]),
        # ... or when the article names the person in full: a run opening with a given name or an
        # initial, a middle initial too, ends in the surname.
        ("Bernie Sanders spoke in Iowa. Sanders suggested that the plan would fail.", [], [("suggested", "Bernie Sanders", "tentative")]),
        ("Bernard M. Sanders spoke in Iowa. Sanders suggested that the plan would fail.", [],
         [("suggested", "Bernard M. Sanders", "tentative")]),
        ("Lawrence H. Summers spoke in Iowa. Summers suggested that the plan would fail. The summers were hot.", [],
         [("suggested", "Lawrence H. Summers", "tentative")]),
        ("B. J. Walters spoke in Iowa. Walters believed that the plan would fail.", [], [("believed", "B. J. Walters", "thought")]),
        # A thing or an unnamed noun, "Reports", a surname never named as a person, a group noun after a
        # given name: the writer's hedge, whoever else the article names.
        ("Bernard M. Sanders spoke in Iowa. The verbal attacks suggested that Moscow was angry.", [("suggested", "epistemic_verb")],
         [("suggested", "verbal attacks", "tentative")]),
        ("Bernard M. Sanders spoke in Iowa. Reports suggested that the plan would fail.", [("Reports suggested", "hedge_phrase")],
         [("suggested", "Reports", "tentative")]),
        ("Bernard M. Jones spoke in Iowa. Sanders suggested that the plan would fail.", [("suggested", "epistemic_verb")],
         [("suggested", "Sanders", "tentative")]),
        ("Christian Scientists met in Iowa. Scientists suggested that the plan would fail.",
         [("Scientists", "vague_group"), ("suggested", "epistemic_verb")], [("suggested", "Christian Scientists", "tentative")]),
        pytest.param("Sanders suggested that the plan would fail.", [], [("suggested", "Sanders", "tentative")],
                     marks=pytest.mark.xfail(strict=True, reason="alone, 'Sanders suggested' reads as 'Researchers suggested' "
                                             "(a person noun's plural); an article that names no Sanders in full, and no "
                                             "singular verb after him, gives nothing to tell them apart without a list of surnames")),
        # A word the article writes in lower case too is a common word, not a surname.
        ("Climate suggests caution. The climate changed.", [("suggests", "epistemic_verb")], [("suggests", "Climate", "tentative")]),
        # A verb spelt as a noun too is left to the noun rule: "Prevalence estimates within".
        ("Prevalence estimates within clinics have varied widely.", [("estimates", "epistemic_verb")], [("estimates", "Prevalence", "tentative")]),
    ],
)
def test_a_named_holder_reports_a_view(text, hedges, attributions):
    assert reading(text) == (hedges, attributions)


def test_named_holder_from_the_cli(tmp_path):
    """`framing score`: the hedge gone from the JSONL where Loomis holds the view, kept for the report."""
    path = tmp_path / "story.txt"
    path.write_text("Loomis further suggests that the rule is unfair. The report suggests that prices will rise.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["type"], s["text"], s["voice"], s["speaker"]) for s in record["spans"] if s["type"] in ("hedge", "attribution")] == [
        ("attribution", "suggests", "author", "Loomis"), ("attribution", "suggests", "author", "report"),
        ("hedge", "suggests", "author", None)]


def test_a_surname_in_s_from_the_cli(tmp_path):
    """`framing score`: "Jones suggested" credits Jones with the view (no hedge); "Polls suggested",
    a plural, stays the writer's hedge."""
    path = tmp_path / "story.txt"
    path.write_text("Jones suggested that the plan would fail. Polls suggested that the race was close.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["type"], s["text"], s["voice"], s["speaker"]) for s in record["spans"] if s["type"] in ("hedge", "attribution")] == [
        ("attribution", "suggested", "author", "Jones"), ("attribution", "suggested", "author", "Polls"),
        ("hedge", "suggested", "author", None)]


def test_a_surname_in_ers_from_the_cli(tmp_path):
    """`framing score`: "Sanders has suggested" credits Sanders with the view (no hedge);
    "Researchers have suggested", a plural, stays the writer's hedge."""
    path = tmp_path / "story.txt"
    path.write_text("Sanders has suggested that the plan would fail. Researchers have suggested that it would not.\n",
                    encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["type"], s["text"], s["speaker"]) for s in record["spans"] if s["type"] in ("hedge", "attribution")] == [
        ("attribution", "suggested", "Sanders"), ("hedge", "Researchers", None), ("attribution", "suggested", "Researchers"),
        ("hedge", "suggested", None)]


def test_a_surname_named_in_full_from_the_cli(tmp_path):
    """`framing score`: "Sanders suggested" after "Bernard M. Sanders" credits him with the view (no
    hedge span on "suggested"); "The verbal attacks suggested" stays the writer's hedge."""
    path = tmp_path / "story.txt"
    path.write_text("Bernard M. Sanders spoke in Iowa on Monday. Sanders suggested that the plan would fail.\n\n"
                    "The verbal attacks suggested that Moscow was angry.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["type"], s["text"], s["voice"], s["speaker"]) for s in record["spans"] if s["type"] in ("hedge", "attribution")] == [
        ("attribution", "suggested", "author", "Bernard M. Sanders"), ("attribution", "suggested", "author", "verbal attacks"),
        ("hedge", "suggested", "author", None)]


@pytest.mark.parametrize(
    "text, hedges",
    [
        # A lone headline: one capitalised word before a verb in -s and its object holds the view.
        ("Trump Suspects Foul Play", []),
        ("Obama Believes Deal Is Near", []),
        ("Pelosi Estimates Vote Count", []),
        # A noun before its own verb or a preposition, a thing, an unnamed group: no holder named.
        ("Bomb Suspects Held Without Bail", []),  # the noun (naming_noun), no hedge either way
        ("Bomb Suspects in Court Today", []),
        ("Poll Estimates Turnout at Record", [("Estimates", "epistemic_verb")]),
        ("Research Suggests Coffee Is Good", [("Suggests", "epistemic_verb")]),
        ("Police Suspect Foul Play in Death", [("Suspect", "epistemic_verb")]),
        ("Investigators Suspect Foul Play Here", [("Suspect", "epistemic_verb")]),
    ],
)
def test_a_headline_holder(text, hedges):
    assert reading(text)[0] == hedges


def test_a_headline_holder_from_the_cli(tmp_path):
    """`framing score`: the headline "Trump Suspects Foul Play" credits Trump with the suspicion
    (no hedge on "Suspects"); "Police Suspect Foul Play in Death" stays the writer's hedge."""
    path = tmp_path / "story.txt"
    path.write_text("Trump Suspects Foul Play\n", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Police Suspect Foul Play in Death\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), str(other), "--out", str(out)])
    assert result.exit_code == 0, result.output
    records = {json.loads(line)["id"]: json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()}
    assert sorted(records) == ["other", "story"]
    assert [(s["type"], s["text"], s["speaker"]) for s in records["story"]["spans"] if s["type"] in ("hedge", "attribution")] == [
        ("attribution", "Suspects", "Trump")]
    assert [(s["type"], s["text"], s["voice"]) for s in records["other"]["spans"] if s["type"] == "hedge"] == [
        ("hedge", "Suspect", "author")]
