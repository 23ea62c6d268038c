"""Negation and modal rules (framing/rules_negation.py) through framing.analyze, as the pipeline
applies them: when "could" is a possibility the writer hedges with, and when it states an
inability or a purpose."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app


def hedges(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.category) for s in framing.analyze(text).spans if s.type == "hedge"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "could" of possibility hedges ...
        ("It could rain.", [("could", "modal")]),
        ("Voters remain undecided, so late movement could propel one of them.", [("could", "modal")]),
        ("He was tired, so he could lose.", [("could", "modal")]),
        ("So he could win the state.", [("could", "modal")]),
        # ... "could" of inability does not ...
        ("He could not attend.", []),
        # ... nor "could" in a clause of purpose, which says what someone meant to enable.
        ("He forwarded the emails so that she could give them to Clinton.", []),
        ("He wished it was 1825 so he could shoot him in a duel.", []),
        ("They cut rates so that more Democrats could get elected.", []),
        ("In order that they could vote, polls stayed open.", []),
        # ... nor "could" in a question someone was asked: the asker's request, reported (BASIL).
        ('Rep. Smith asked her if she could "comment briefly on the status".', []),
        ("He asked whether the panel could meet in May.", []),
        ("They asked if the committee could delay the vote.", []),
        # A question the writer leaves open still hedges.
        ("He wondered if she could win.", [("could", "modal")]),
        ("He asked for help, if they could come.", [("could", "modal")]),
    ],
)
def test_could_of_purpose_or_inability_is_no_hedge(text, expected):
    assert hedges(text) == expected


def test_a_question_asked_from_the_cli(tmp_path):
    """`framing score`: "asked her if she could" is no hedge; "could" of possibility after it is."""
    assert epistemic_from_the_cli(tmp_path, "He asked her if she could comment. Prices could rise.\n") == [
        ("could", 42, "hedge", "author")]


def epistemic(text: str) -> list[tuple[str, str, str]]:
    """Hedges and boosters with their type and voice, as a reader of the report sees them."""
    return [(s.text, s.type, s.voice) for s in framing.analyze(text).spans if s.type in ("hedge", "booster")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "no longer" after "could" or "can" states an ability lost, not a possibility ...
        ("He could no longer walk.", []),
        ("The deal could no longer be saved.", []),
        ("The deal can no longer be saved.", []),
        ('"We could no longer wait," she said.', []),
        ("He could not attend.", []),
        # ... while "may no longer", "might no longer" are possibilities the writer weighs ...
        ("The deal may no longer be viable.", [("may", "hedge", "author")]),
        ("The goal might no longer be possible.", [("might", "hedge", "author"), ("possible", "hedge", "author")]),
        # ... and "could" before "no" that does not start "no longer" still hedges.
        ("It could no doubt rain.", [("could", "hedge", "author"), ("no doubt", "booster", "author")]),
        ('"It could rain," she said.', [("could", "hedge", "quoted")]),
    ],
)
def test_no_longer_after_could_states_inability(text, expected):
    assert epistemic(text) == expected


def epistemic_from_the_cli(tmp_path, text: str) -> list[tuple[str, int, str, str]]:
    """(text, start, type, voice) of the hedges and boosters in the JSONL `framing score --out`
    writes for an article of `text`."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    return [(s["text"], s["start"], s["type"], s["voice"]) for s in record["spans"] if s["type"] in ("hedge", "booster")]


def test_could_no_longer_from_the_cli(tmp_path):
    """`framing score`: "could no longer" is no hedge in the JSONL a user reads; "could" of
    possibility beside it is."""
    assert epistemic_from_the_cli(tmp_path, "The talks could no longer be saved. Prices could rise.\n") == [
        ("could", 43, "hedge", "author")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A negator flips a booster in its own clause ...
        ("The outcome is not certain.", [("certain", "hedge", "author")]),
        ("It is not clearly wrong.", [("clearly", "hedge", "author")]),
        ("The result is not yet certain.", [("certain", "hedge", "author")]),
        ("I don't doubt it.", [("doubt", "booster", "author")]),
        ('"It is not certain," she said.', [("certain", "hedge", "quoted")]),
        # ... but not across a clause boundary: a comma, a semicolon, a colon, a dash, or a word
        # that opens another clause ("but", "which", "and", "while", ...).
        ("He did not say it, but it is clearly wrong.", [("clearly", "booster", "author")]),
        ("He did not, but clearly it is wrong.", [("clearly", "booster", "author")]),
        ("It was not a surprise; clearly it was planned.", [("clearly", "booster", "author")]),
        ("It did not work, clearly.", [("clearly", "booster", "author")]),
        ("No, clearly it failed.", [("clearly", "booster", "author")]),
        # A booster set off by commas on both sides is the writer's aside on the negated claim:
        # "clearly it is not a success", "of course he will not resign".
        ("It is not, clearly, a success.", [("clearly", "booster", "author")]),
        ("Bergoglio will not, of course, resign.", [("of course", "booster", "author")]),
        ("They were not, obviously, serious collectors.", [("obviously", "booster", "author")]),
        ('"It is not, clearly, a success," she said.', [("clearly", "booster", "quoted")]),
        # Followed by a comma only, the term is still inside the negated clause.
        ("It is not yet clear, however, to what extent it helped.", [("clear", "hedge", "author")]),
        ("It is not certain, he said.", [("certain", "hedge", "author")]),
        ("Nobody came — clearly a snub.", [("clearly", "booster", "author")]),
        ("No one was hurt, which clearly helped.", [("clearly", "booster", "author")]),
        ("Never mind which obviously failed.", [("obviously", "booster", "author")]),
        ("He did not vote but certainly agreed.", [("certainly", "booster", "author")]),
        ('"He did not win, but it was clearly close," she said.', [("clearly", "booster", "quoted")]),
        ("It is not over, doubts remain.", [("doubts", "hedge", "author")]),
        ("It is not over, but I don't doubt it.", [("doubt", "booster", "author")]),
        # The booster phrases that hold their own negator stay boosters.
        ("There is no doubt that it worked.", [("There is no doubt", "booster", "author")]),
        ("Without question, it worked.", [("Without question", "booster", "author")]),
        ("It will, no doubt, pass.", [("no doubt", "booster", "author")]),
    ],
)
def test_a_negation_flips_a_booster_only_inside_its_clause(text, expected):
    assert epistemic(text) == expected


def test_a_booster_after_a_negated_clause_from_the_cli():
    """`framing lexicon test`: "clearly" after "not, but" is listed as a booster, with no negation rule."""
    result = CliRunner().invoke(app, ["lexicon", "test", "He did not, but clearly it is wrong. It is not clear."])
    assert result.exit_code == 0, result.output
    lines = [line.rsplit("\tentry ", 1)[0] for line in result.output.splitlines()]
    assert "16-23\t'clearly'\tbooster/certainty_adverb w=1\tvoice=author" in lines
    assert "47-52\t'clear'\thedge/certainty_adjective w=1\tvoice=author" in lines


@pytest.mark.parametrize(
    "text, expected",
    [
        # "in fact", "indeed", "in reality", "actually" say the negated claim is the fact: "would not
        # in fact be able" is "in fact would not be able", a booster still ...
        ("I would not in fact be able to do that.", [("in fact", "booster", "author")]),
        ("He did not indeed win.", [("indeed", "booster", "author")]),
        ("It has no basis in reality.", [("in reality", "booster", "author")]),
        ("He did not actually win.", [("actually", "booster", "author")]),
        ('"He did not actually win," she said.', [("actually", "booster", "quoted")]),
        # ... while a negated word of certainty is a hedge.
        ("The outcome is not certain.", [("certain", "hedge", "author")]),
        ("It is not clearly wrong.", [("clearly", "hedge", "author")]),
    ],
)
def test_a_negator_does_not_flip_a_fact_adverb(text, expected):
    assert epistemic(text) == expected


def test_a_fact_adverb_after_a_negator_from_the_cli():
    """`framing lexicon test`: "in fact" after "would not" is listed as a booster, with no rule."""
    result = CliRunner().invoke(app, ["lexicon", "test", "I would not in fact be able to go."])
    assert result.exit_code == 0, result.output
    lines = [line.rsplit("\tentry ", 1)[0] for line in result.output.splitlines()]
    assert "12-19\t'in fact'\tbooster/certainty_adverb w=1\tvoice=author" in lines


def test_a_booster_aside_after_a_negator_from_the_cli(tmp_path):
    """`framing score`: "clearly" set off by commas after "not" is the writer's booster in the JSONL
    a user reads, not a hedge; "not clearly" beside it is still one."""
    assert epistemic_from_the_cli(tmp_path, "It is not, clearly, a success. It is not clearly wrong.\n") == [
        ("clearly", 11, "booster", "author"), ("clearly", 41, "hedge", "author")]
