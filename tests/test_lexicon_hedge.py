"""Rows of lexicons/hedge.tsv through framing.analyze, the JSONL of `framing score` and `framing
lexicon test`: which uses of a hedge word weaken the writer's commitment and which only measure."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app


def hedges(text: str) -> list[tuple[str, str, str]]:
    """The hedges of `text` with their category and voice."""
    return [(s.text, s.category, s.voice) for s in framing.analyze(text).spans if s.type == "hedge"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # 'almost', 'nearly', 'virtually', 'practically' before a word of frequency, sameness or
        # extent measure how far something holds (CoNLL-2010 train marks them certain; news:
        # 'a nearly identical measure', 'almost never works'): no hedge.
        ("But they almost always return before daybreak.", []),
        ("Limiting debate almost never works.", []),
        ("The packages were virtually identical in plain manila envelopes.", []),
        ("A nearly identical scene played out days earlier in Iowa.", []),
        ("Eva and Anne were almost exactly the same age.", []),
        ("The ratings were virtually unchanged from the past two polls.", []),
        ("The economy was based almost entirely on sugar cane.", []),
        ("Its victory depended almost exclusively on very conservative voters.", []),
        ("The Whites had been almost completely defeated.", []),
        ("Diplomats almost universally expressed outrage.", []),
        # Before a number, a quantity or another word the approximator still hedges, and 'almost
        # certainly' is the writer's doubt.
        ("Almost 3,000 farmers joined the cooperative.", [("Almost", "approximator", "author")]),
        ("Nearly 400 pearling luggers worked the bay.", [("Nearly", "approximator", "author")]),
        ("This was almost certainly done to discredit him.", [("almost", "approximator", "author")]),
        ("The settlement was almost self-sufficient.", [("almost", "approximator", "author")]),
        ("Almost all species of birds moult at least annually.", [("Almost", "approximator", "author")]),
    ],
)
def test_a_degree_word_before_a_word_of_extent_measures(text, expected):
    assert hedges(text) == expected


def test_a_degree_word_of_extent_from_the_cli(tmp_path):
    """`framing score`: 'almost entirely' and 'nearly identical' are no hedge in the JSONL a user
    reads; 'almost 3,000' beside them still is."""
    path = tmp_path / "article.txt"
    path.write_text("The area was almost entirely rural. The bills were nearly identical. Almost 3,000 farmers joined.\n",
                    encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    spans = json.loads(out.read_text(encoding="utf-8"))["spans"]
    assert [(s["text"], s["start"], s["category"], s["voice"]) for s in spans if s["type"] == "hedge"] == [
        ("Almost", 69, "approximator", "author")]


def test_framing_lexicon_test_names_the_plain_sense_row():
    """`framing lexicon test` says why 'nearly identical' is no finding."""
    result = CliRunner().invoke(app, ["lexicon", "test", "The two bills were nearly identical."])
    assert result.exit_code == 0, result.output
    lines = [line.rsplit("\tentry ", 1)[0] for line in result.output.splitlines()]
    assert any(line.startswith("19-35\t'nearly identical'\tnot a finding (hedge 'nearly identical'): plain-sense:")
               for line in lines), lines


@pytest.mark.parametrize(
    "text, expected",
    [
        # "may be" and a participle of what is done with a thing says "can" (CoNLL-2010 train: 25
        # such sentences, all certain; news: 'information that may be used to manufacture firearms').
        ("Copper may be used where heat transfer is desirable.", []),
        ("The pipe segments may be made of cast iron.", []),
        ("Severe disease may be treated by parotidectomy.", []),
        ("Petroleum jelly may also be used to protect normal tissue.", []),
        ("A small amount of vinegar may be added to the boiling water.", []),
        ("There are seven types of tickets that may be purchased.", []),
        # Of a person, an event or a decision the same "may" still weighs a fact.
        ("She may be given May 23 as a compromise.", [("may", "modal", "author")]),
        ("The decision may be made next week.", [("may", "modal", "author")]),
        ("Comey may be replaced within days.", [("may", "modal", "author")]),
        ("He may be called to testify.", [("may", "modal", "author")]),
    ],
)
def test_may_of_what_can_be_done_with_a_thing(text, expected):
    assert hedges(text) == expected


def test_may_of_what_can_be_done_from_the_cli(tmp_path):
    """`framing score`: 'may be used' is no hedge in the JSONL a user reads; 'may be replaced'
    beside it still is."""
    path = tmp_path / "article.txt"
    path.write_text("Copper may be used in radiators. Comey may be replaced within days.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    spans = json.loads(out.read_text(encoding="utf-8"))["spans"]
    assert [(s["text"], s["start"], s["category"], s["voice"]) for s in spans if s["type"] == "hedge"] == [
        ("may", 39, "modal", "author")]


def test_framing_lexicon_test_names_the_may_row():
    """`framing lexicon test` names the row of slots that made 'may be used' plain."""
    result = CliRunner().invoke(app, ["lexicon", "test", "Copper may be used in radiators."])
    assert result.exit_code == 0, result.output
    assert "7-18\t'may be used'\tnot a finding (hedge 'may be used'): plain-sense:" in result.output


@pytest.mark.parametrize(
    "text, expected",
    [
        # "indicate" of a sign or mark that shows something, or of where a thing is stated: no
        # hedge (CoNLL-2010 train: 'is used to indicate an end', 'as indicated in The Plain Dealer').
        ("The symbol is used to indicate an end of a proof.", []),
        ("As indicated in the articles, the officers called in sick.", []),
        ("In these languages tense is indicated by prefixes.", []),
        # Evidence the writer weighs still hedges.
        ("The data indicate a fall in prices.", [("indicate", "epistemic_verb", "author")]),
        ("Early returns indicated a close race.", [("indicated", "epistemic_verb", "author")]),
    ],
)
def test_indicate_of_a_sign_is_no_hedge(text, expected):
    assert hedges(text) == expected


def test_indicate_of_a_sign_from_the_cli(tmp_path):
    """`framing score`: 'used to indicate' is no hedge in the JSONL; 'The data indicate' is."""
    path = tmp_path / "article.txt"
    path.write_text("A square is used to indicate an end. The data indicate a fall.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    spans = json.loads(out.read_text(encoding="utf-8"))["spans"]
    assert [(s["text"], s["start"], s["category"], s["voice"]) for s in spans if s["type"] == "hedge"] == [
        ("indicate", 46, "epistemic_verb", "author")]


def test_framing_lexicon_test_names_the_indicate_row():
    result = CliRunner().invoke(app, ["lexicon", "test", "The symbol is used to indicate an end."])
    assert result.exit_code == 0, result.output
    assert "14-30\t'used to indicate'\tnot a finding (hedge 'used to indicate'): plain-sense:" in result.output


@pytest.mark.parametrize(
    "text, expected",
    [
        # "are/were more (less) likely to" compares a group's rate with another's, as a poll or a
        # study measures it: no hedge (news: exit polls; CoNLL-2010 train: 'Premature children are
        # more likely to be hypoxic', certain).
        ("Democratic voters were more likely to want a continuation of his policies.", []),
        ("Caucus-goers were slightly more likely to say they preferred Clinton.", []),
        ("Premature children are more likely to be hypoxic.", []),
        ("Their supporters are less likely to answer a poll.", []),
        # A forecast about one side, "more likely than not" and "most likely" still hedge.
        ("Trump is more likely to win Ohio.", [("likely", "epistemic_adverb", "author")]),
        ("Allies will be less likely to trust him.", [("likely", "epistemic_adverb", "author")]),
        ("It is more likely than not that he lied.", [("likely", "epistemic_adverb", "author")]),
        ("He was born most likely in his parents' house.", [("likely", "epistemic_adverb", "author")]),
    ],
)
def test_a_groups_rate_is_no_hedge(text, expected):
    assert hedges(text) == expected


def test_a_groups_rate_from_the_cli(tmp_path):
    """`framing score`: 'voters were more likely to' is no hedge in the JSONL; 'Trump is more
    likely to win' is."""
    path = tmp_path / "article.txt"
    path.write_text("Women were more likely to vote. Trump is more likely to win.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    spans = json.loads(out.read_text(encoding="utf-8"))["spans"]
    assert [(s["text"], s["start"], s["category"], s["voice"]) for s in spans if s["type"] == "hedge"] == [
        ("likely", 46, "epistemic_adverb", "author")]


def test_framing_lexicon_test_names_the_rate_row():
    result = CliRunner().invoke(app, ["lexicon", "test", "Women were more likely to vote."])
    assert result.exit_code == 0, result.output
    assert "6-25\t'were more likely to'\tnot a finding (hedge 'were more likely to'): plain-sense:" in result.output


@pytest.mark.parametrize(
    "text, expected",
    [
        # "could" of the most someone was able to do is no hedge (news: BASIL, PolNeAR, PTC).
        ("British establishment politicians have done everything they could to sabotage that vote.", []),
        ("Her husband and daughter were fixtures on the campaign trail, doing all they could to promote her.", []),
        ("All she could do was shout at the TV.", []),
        ("Clinton defenders today argue that this was the best anyone could have done.", []),
        ("Why not simply get out of there as soon as he could?", []),
        ("I have defended him as long as I could.", []),
        # A possibility stays the writer's hedge, also after "all" of a group or "above all".
        ("All of them could lose their seats.", [("could", "modal", "author")]),
        ("Above all, he could question the culture of cronyism.", [("could", "modal", "author")]),
        ("The deal could collapse as soon as Monday.", [("could", "modal", "author")]),
    ],
)
def test_could_of_the_most_one_was_able_to_do_is_no_hedge(text, expected):
    assert hedges(text) == expected


def test_could_of_the_most_one_was_able_to_do_from_the_cli(tmp_path):
    """`framing score`: 'doing all they could' is no hedge in the JSONL; 'The deal could collapse' is."""
    path = tmp_path / "article.txt"
    path.write_text("They were doing all they could to help. The deal could collapse.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    spans = json.loads(out.read_text(encoding="utf-8"))["spans"]
    assert [(s["text"], s["start"], s["category"], s["voice"]) for s in spans if s["type"] == "hedge"] == [
        ("could", 49, "modal", "author")]


def test_framing_lexicon_test_names_the_could_row():
    result = CliRunner().invoke(app, ["lexicon", "test", "They were doing all they could to help."])
    assert result.exit_code == 0, result.output
    assert "10-30\t'doing all they could'\tnot a finding (hedge 'do all they could'): plain-sense:" in result.output


@pytest.mark.parametrize(
    "text, expected",
    [
        # Disbelief at what happened (amazement, outrage) and someone's refusal to believe are no
        # weighing of a claim by the writer (news: PTC, PolNeAR; CoNLL-2010 train marks them certain).
        ("Hernandez couldn't believe what he witnessed from his family's restaurant.", []),
        ("Haleh Karimi can barely believe she gets to live in the city that raised The Greatest.", []),
        ("I cannot believe this event has been politicised.", []),
        ("Officials refused to believe them.", []),
        ("The others couldn't believe their eyes.", []),
        # The writer's doubt and a view credited to no one still hedge.
        ("It is hard to believe that the denials will dissuade them.", [("believe", "epistemic_verb", "author")]),
        ("Investigators believe the fire was arson.", [("believe", "epistemic_verb", "author")]),
    ],
)
def test_disbelief_is_no_hedge(text, expected):
    assert hedges(text) == expected


def test_disbelief_from_the_cli(tmp_path):
    """`framing score`: 'refused to believe' is no hedge in the JSONL; 'Investigators believe' is."""
    path = tmp_path / "article.txt"
    path.write_text("Officials refused to believe them. Investigators believe the fire was arson.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    spans = json.loads(out.read_text(encoding="utf-8"))["spans"]
    assert [(s["text"], s["start"], s["category"], s["voice"]) for s in spans if s["type"] == "hedge"] == [
        ("believe", 49, "epistemic_verb", "author")]


def test_framing_lexicon_test_names_the_disbelief_row():
    result = CliRunner().invoke(app, ["lexicon", "test", "Officials refused to believe them."])
    assert result.exit_code == 0, result.output
    assert "10-28\t'refused to believe'\tnot a finding (hedge 'refuse to believe'): plain-sense:" in result.output


@pytest.mark.parametrize(
    "text, expected",
    [
        # "tend to" of caring for someone or something is no hedge (news: PTC, PolNeAR; CoNLL-2010
        # train: 'healthy enough to tend to the ill', 'Those who tended to the ill', certain).
        ("People tend to a victim at the festival grounds.", []),
        ("A president must tend to all corners of the country.", []),
        ("Those who tended to the ill were most vulnerable to catching the disease.", []),
        ("She tended to her garden.", []),
        # What usually happens still hedges.
        ("Voters tend to trust him.", [("tend to", "epistemic_verb", "author")]),
        ("Kibbutzim founded in the 1920s tended to be larger.", [("tended to", "epistemic_verb", "author")]),
        pytest.param("Victims of the shooting are tended to in the street.", [],
                     marks=pytest.mark.xfail(strict=True, reason="a passive 'are tended to' needs a row whose inner word "
                                             "inflects; `lexicon validate` warns that 'are tended to' holds no term")),
    ],
)
def test_tend_to_of_caring_is_no_hedge(text, expected):
    assert hedges(text) == expected


def test_tend_to_of_caring_from_the_cli(tmp_path):
    """`framing score`: 'tend to a victim' is no hedge in the JSONL; 'Voters tend to trust him' is."""
    path = tmp_path / "article.txt"
    path.write_text("People tend to a victim. Voters tend to trust him.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    spans = json.loads(out.read_text(encoding="utf-8"))["spans"]
    assert [(s["text"], s["start"], s["category"], s["voice"]) for s in spans if s["type"] == "hedge"] == [
        ("tend to", 32, "epistemic_verb", "author")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "possible" of a range after a superlative, or of what can be done or is enabled, is no
        # hedge (news: BASIL, PolNeAR, PTC), as 'best possible' and 'make it possible' are.
        ("His campaign may be in trouble at the worst possible moment.", [("may", "modal", "author")]),
        ("It is emerging as an issue of the starkest possible contrast.", []),
        ("The win put him in the strongest possible position.", []),
        ("It has called on its followers to kill civilians by any means possible.", []),
        ("A General Assembly is no longer possible.", []),
        ("He also has a view of what is politically possible.", []),
        ("WikiLeaks is helping make that possible.", []),
        # A possibility the writer weighs still hedges.
        ("A possible fifth protein was found.", [("possible", "epistemic_adjective", "author")]),
        ("Are revival and redemption still possible?", [("possible", "epistemic_adjective", "author")]),
    ],
)
def test_possible_of_a_range_or_of_what_can_be_done_is_no_hedge(text, expected):
    assert hedges(text) == expected


def test_possible_of_a_range_from_the_cli(tmp_path):
    """`framing score`: 'the worst possible moment' is no hedge in the JSONL; 'a possible deal' is."""
    path = tmp_path / "article.txt"
    path.write_text("It came at the worst possible moment. They discussed a possible deal.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    spans = json.loads(out.read_text(encoding="utf-8"))["spans"]
    assert [(s["text"], s["start"], s["category"], s["voice"]) for s in spans if s["type"] == "hedge"] == [
        ("possible", 55, "epistemic_adjective", "author")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "could be seen/heard" doing something reports what was there to see or hear, an ability
        # in the past, no hedge (news: PolNeAR, PTC; CoNLL-2010 train: 'It could be seen as far
        # away as Illinois', certain).
        ("Bodies could be seen lying on the boulevard where the truck plowed into the crowd.", []),
        ("A man's voice could be heard yelling, \"We have shots fired.\"", []),
        ("Others could be heard calling friends on their cellphones.", []),
        ("It could be seen as far away as Illinois.", []),
        # Seen as something, or by someone later: a possibility, still a hedge.
        ("Rubio could be seen as the more electable choice.", [("could", "modal", "author")]),
        ("The debate could be seen by a large number of voters.", [("could", "modal", "author")]),
    ],
)
def test_could_of_what_was_there_to_see_is_no_hedge(text, expected):
    assert hedges(text) == expected


def test_could_of_what_was_there_to_see_from_the_cli(tmp_path):
    """`framing score`: 'could be heard yelling' is no hedge in the JSONL; 'could be seen as' is."""
    path = tmp_path / "article.txt"
    path.write_text("A voice could be heard yelling. He could be seen as weak.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    spans = json.loads(out.read_text(encoding="utf-8"))["spans"]
    assert [(s["text"], s["start"], s["category"], s["voice"]) for s in spans if s["type"] == "hedge"] == [
        ("could", 35, "modal", "author")]
