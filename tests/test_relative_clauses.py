"""Reporting verbs inside a clause that modifies a noun (framing/relative_clauses.py): a past
participle after a noun ("cracks reported last year", "the figures cited by the ministry") is no
verb with that noun as its subject; with an agent after "by" the agent is the source (as PolNeAR
marks `a practice criticized by Miller`), without one nobody is credited."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from framing.cli import app
from test_attribution import attributions_of

runner = CliRunner()


def _cue_source_content(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(cue, source, content) for cue, _verb, _stance, _speaker, source, content in attributions_of(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # No agent: the participle reports nothing credited to anyone (it was "cracks" before).
        (
            "Engineers found cracks reported last year in the dam.",
            [("found", "Engineers", "cracks reported last year in the dam")],
        ),
        ("Kaine defended people accused of rape or murder.", [("defended", "Kaine", "people accused of rape or murder")]),
        ("They slammed the tax loophole called an inversion.", [("slammed", "They", "the tax loophole called an inversion")]),
        # An agent after "by" is the source, the modified noun phrase the content.
        (
            "He questioned the figures cited by the ministry.",
            [("questioned", "He", "the figures cited by the ministry"), ("cited", "the ministry", "the figures")],
        ),
        (
            "The SVP launched its initiative against legislative changes proposed by the government concerning naturalization.",
            [("proposed", "the government", "legislative changes")],
        ),
        (
            "A redacted copy of the memo seen by Reuters said investigators were unable to act.",
            [("seen", "Reuters", "the memo"), ("said", "A redacted copy of the memo", "investigators were unable to act")],
        ),
        # An -ly adverb between the noun and a participle with an agent (it was the clause before
        # as the source, "Neither was taking action", and the agent the content).
        (
            "Neither was taking action specifically rejected by Congress.",
            [("rejected", "Congress", "action")],
        ),
        (
            "He cited figures widely reported by CNN.",
            [("cited", "He", "figures widely reported by CNN"), ("reported", "CNN", "figures")],
        ),
    ],
)
def test_a_participle_after_a_noun_is_a_reduced_relative(text, expected) -> None:
    assert _cue_source_content(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A participle inside the sentence's subject, whose own verb comes after a time or place:
        # the noun phrase is what was reported, by its agent or by no one named (not "The deal").
        ("The deal announced on Monday will cut tariffs.", [("announced", None, "The deal")]),
        ("The plan unveiled by Democrats in March would raise taxes.", [("unveiled", "Democrats", "The plan")]),
        # ... or after a place that is one noun phrase, the verb agreeing with the noun modified.
        ("The rules announced in Mr. Obama’s filing are strict.", [("announced", None, "The rules")]),
        ("The rules announced in the filing are strict.", [("announced", None, "The rules")]),
        ("The company announced at the meeting officials were ready.", [("announced", "The company", "at the meeting officials were ready")]),
        ("The senator announced in Iowa voters were angry.", [("announced", "The senator", "in Iowa voters were angry")]),
        # The verb of a clause of what was said is no such verb.
        ("Officials said on Monday the deal would cut tariffs.", [("said", "Officials", "on Monday the deal would cut tariffs")]),
        ("The senator said on Monday that he would run.", [("said", "The senator", "he would run")]),
    ],
)
def test_a_participle_in_the_sentences_subject(text, expected) -> None:
    assert _cue_source_content(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The same words as the sentence's own verb keep their subject and their complement.
        ("The bank detailed in its filings that it had fired 5,300 employees.", ("detailed", "The bank", "it had fired 5,300 employees")),
        ("The head of the agency said on Monday that it would close.", ("said", "The head of the agency", "it would close")),
        (
            "Protesters marching through the streets chanted “What curfew?” all night.",
            ("chanted", "Protesters marching through the streets", "“What curfew?”"),
        ),
        ("One of the doctors who sent the letter called Oz a quack.", ("called", "One of the doctors who sent the letter", "Oz a quack")),
        (
            "Even Republicans who have praised his candidacy warned on Tuesday that the party may split.",
            ("warned", "Even Republicans who have praised his candidacy", "the party may split"),
        ),
        ("Surety companies that had insured the obligations agreed to release millions.", ("agreed", "had insured the obligations", "to release millions")),
        ("In a televised interview the chief appeared to blame workers.", ("appeared", None, "the chief appeared to blame workers")),
    ],
)
def test_the_sentences_own_verb_is_no_reduced_relative(text, expected) -> None:
    assert expected in _cue_source_content(text)


def test_score_reads_relative_clauses_in_the_jsonl(tmp_path) -> None:
    path = tmp_path / "dam.txt"
    path.write_text(
        "Dam inspection\n\nEngineers found cracks reported last year in the dam. "
        "They questioned the figures cited by the ministry. The mayor vetoed the bill, a move critics slammed as reckless.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["score", str(path), "--no-model", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    [article] = [json.loads(line) for line in result.stdout.splitlines()]
    text = path.read_text(encoding="utf-8")
    rows = [
        (s["text"], s["speaker"], text[s["source"]["start"] : s["source"]["end"]] if s["source"] else None,
         text[s["content"]["start"] : s["content"]["end"]] if s["content"] else None)
        for s in article["spans"]
        if s["type"] == "attribution"
    ]
    assert [(cue, source, content) for cue, _speaker, source, content in rows] == [
        ("found", "Engineers", "cracks reported last year in the dam"),  # no "reported" credited to "cracks"
        ("questioned", "They", "the figures cited by the ministry"),
        ("cited", "the ministry", "the figures"),
        ("slammed", "critics", "a move"),  # not "a move critics"
    ]
    assert rows[2][1] == "ministry"


@pytest.mark.parametrize(
    "text, expected",
    [
        # A relative clause without "that": the cue lacks its object, the noun phrase before the
        # subject (source "critics", not "a move critics").
        ("The president vetoed the bill, a move critics slammed as reckless.", ("slammed", "critics", "a move")),
        ("It was a move critics slammed as reckless.", ("slammed", "critics", "a move")),
        ("The city approved a plan residents criticized on Monday.", ("criticized", "residents", "a plan")),
        ("He defended a decision critics called a mistake.", ("called", "critics", "a decision")),
        ("A policy critics say is flawed was adopted.", ("say", "critics", "A policy")),
        ("The candidates Sanders named in his email are state lawmakers.", ("named", "Sanders", "The candidates")),
        ("That's the picture Sharpton paints in an interview with Politico.", ("paints", "Sharpton", "the picture")),
    ],
)
def test_a_relative_clause_without_that_credits_its_own_subject(text, expected) -> None:
    assert expected in _cue_source_content(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A role or a kind of thing before a name is an apposition; the cue's subject is all of it.
        ("The conservative writer David Frum called the moment a display of panic.", ("called", "The conservative writer David Frum")),
        ("The Ebola scare is over, the news site RTL Info reported.", ("reported", "the news site RTL Info")),
        # After "the", a plural noun may close a compound (`the campaign officials`); a base form
        # after a plural is as often a compound's head (`a civil rights protest`).
        ("The campaign officials said on Monday that the plan was dead.", ("said", "The campaign officials")),
        # An adjective after "be" keeps its subject.
        ("Some top Democrats are confident in the operation.", ("confident", "Some top Democrats")),
    ],
)
def test_an_apposition_or_compound_is_no_relative_clause(text, expected) -> None:
    assert expected in [(cue, source) for cue, source, _content in _cue_source_content(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A pronoun after a noun opens a relative clause without "that": the pronoun is the source
        # (its speaker resolved as usual), the noun phrase what the cue lacks.  It was the whole
        # stretch ("including provisions he"), as source and as speaker.
        (
            "Smith criticized the bill, including provisions he said were unfair.",
            [("criticized", "Smith", "Smith", "the bill, including provisions he said were unfair"), ("said", "he", "Smith", "provisions")],
        ),
        (
            "Ms. Jones spoke. She listed the companies she said were at fault.",
            [("listed", "She", "Jones", "the companies she said were at fault"), ("said", "she", "Jones", "the companies")],
        ),
        (
            "Mr. Kamp spoke. The major danger he sees for these plans is the mood.",
            [("sees", "he", "Kamp", "The major danger")],
        ),
        # Not after a verb, "and" or a wh-word: those pronouns are subjects of their own clause.
        ("Analysts say she will win.", [("say", "Analysts", "anonymous", "she will win")]),
        ("Trump and he said the plan failed.", [("said", "he", None, "the plan failed")]),
        # A weak cue other than a stance (`pushed`) is no report in such a clause.
        ("Clinton spoke. She defended the strategy she pushed in Libya.", [("defended", "She", "Clinton", "the strategy she pushed in Libya")]),
    ],
)
def test_a_pronoun_opens_a_relative_clause_without_that(text, expected) -> None:
    assert [(cue, source, speaker, content) for cue, _verb, _stance, speaker, source, content in attributions_of(text)] == expected


def test_score_gives_the_pronoun_as_the_source_of_a_relative_clause(tmp_path) -> None:
    text = "Smith criticized the bill, including provisions he said were unfair."
    path = tmp_path / "bill.txt"
    path.write_text(text + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    spans = [s for s in json.loads(out.read_text(encoding="utf-8"))["spans"] if s["type"] == "attribution"]
    said = [s for s in spans if s["text"] == "said"]
    assert [(text[s["source"]["start"] : s["source"]["end"]], s["speaker"]) for s in said] == [("he", "Smith")]


def test_score_credits_the_agent_after_an_adverb_and_participle(tmp_path) -> None:
    """`framing score`, the BASIL sentence a teacher saw: Congress rejected the action, not
    "Neither was taking action"."""
    text = "Neither was taking action specifically rejected by Congress, the lawyers argued.\n"
    path = tmp_path / "emergency.txt"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["score", str(path), "--no-model", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    [article] = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(s["text"], s["speaker"], text[s["content"]["start"] : s["content"]["end"]])
            for s in article["spans"] if s["type"] == "attribution"] == [
        ("rejected", "Congress", "action"),
        ("argued", "lawyers", "Neither was taking action specifically rejected by Congress"),
    ]


def test_score_credits_no_one_with_a_participle_in_the_subject(tmp_path) -> None:
    """`framing score`: 'The rules announced in the agency's filing are strict' is announced by no
    one named (the sentence's verb comes after the place), not by "The rules"."""
    path = tmp_path / "rules.txt"
    path.write_text("Rules\n\nThe rules announced in the agency’s filing are strict.\n", encoding="utf-8")
    out = tmp_path / "rules.jsonl"
    result = runner.invoke(app, ["score", str(path), "--no-model", "--jobs", "1", "--out", str(out)])
    assert result.exit_code == 0, result.output
    [article] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    text = path.read_text(encoding="utf-8")
    spans = [s for s in article["spans"] if s["type"] == "attribution"]
    assert [(s["text"], s["speaker"], s["source"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [
        ("announced", None, None, "The rules")
    ]
