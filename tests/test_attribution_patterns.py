"""The postposed pattern of framing/attribution_patterns.py against a subject with an appositive:
`Alan Smith, a neurosurgeon, said the plan failed.` has its subject before the cue, where the
inverted reading (`The plan failed, said the minister.`) has a clause before the comma.  Each row
is a text and its attributions as (cue, speaker, source, content), checked as exact substrings."""

from __future__ import annotations

import json

import pytest

from voice_cases import analyzed_attributions as attributions_of
from voice_cases import analyzed_cues, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
        # A name and an appositive set off by commas, then the cue: the name is the subject.
        (
            "Alan Smith, a neurosurgeon, said the plan failed.",
            [("said", "Alan Smith", "Alan Smith", "the plan failed")],
        ),
        (
            "Alan Smith, a neurosurgeon, said the hospital needs money.",
            [("said", "Alan Smith", "Alan Smith", "the hospital needs money")],
        ),
        (
            "Mr. Smith, 54, said the plan failed.",
            [("said", "Smith", "Mr. Smith", "the plan failed")],
        ),
        (
            "Gov. Anna Berg, the Democrat, said the plan failed.",
            [("said", "Anna Berg", "Gov. Anna Berg", "the plan failed")],
        ),
        (
            "Alan Smith, 54, a neurosurgeon, said the hospital needs money.",
            [("said", "Alan Smith", "Alan Smith", "the hospital needs money")],
        ),
        # A lone surname is a name when the article gives the full name.
        (
            "Alan Smith spoke first. Smith, a Democrat, said the hospital needs money.",
            [("said", "Alan Smith", "Smith", "the hospital needs money")],
        ),
        (
            "Smith, former minister, told reporters the plan failed.",
            [("told reporters", "Smith", "Smith", "the plan failed")],
        ),
        # A description and a name: the name is the speaker; the source is both, as PolNeAR marks it.
        (
            "The minister, Anna Berg, said the plan failed.",
            [("said", "Anna Berg", "The minister, Anna Berg", "the plan failed")],
        ),
        # The inverted readings stay: a clause before the comma, the source after the cue.
        (
            "The plan failed, said the minister.",
            [("said", "minister", "the minister", "The plan failed")],
        ),
        (
            "However, the plan failed, said the minister.",
            [("said", "minister", "the minister", "However, the plan failed")],
        ),
        # An adverb opening the sentence is no name, and a clause ("the plan failed") no appositive.
        (
            "Clearly, the plan failed, said the minister.",
            [("said", "minister", "the minister", "Clearly, the plan failed")],
        ),
        (
            "Oddly, the plan needs money, said the minister.",
            [("said", "minister", "the minister", "Oddly, the plan needs money")],
        ),
        (
            "The plan failed, said Alan Smith, a neurosurgeon.",
            [("said", "Alan Smith", "Alan Smith", "The plan failed")],
        ),
        (
            '"It failed," said Alan Smith, a neurosurgeon.',
            [("said", "Alan Smith", "Alan Smith", '"It failed,"')],
        ),
    ],
)
def test_an_appositive_before_the_cue_keeps_the_subject_before_it(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A lone surname the article never gives in full, with an appositive: still the subject.
        (
            "Smith, a Democrat, said the hospital needs money.",
            [("said", "Smith", "Smith", "the hospital needs money")],
        ),
        (
            "Smith, 54, said the hospital needs money.",
            [("said", "Smith", "Smith", "the hospital needs money")],
        ),
        # An adverb or a sentence opener is no lone name: the inverted reading stays.
        (
            "Finally, a decision, said the minister.",
            [("said", "minister", "the minister", "Finally, a decision")],
        ),
        (
            "Still, a deal, said the minister, is near.",
            [("said", "minister", "the minister", "Still, a deal")],
        ),
    ],
)
def test_a_lone_surname_with_an_appositive_is_the_subject(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An -ing cue right after the noun of an act modifies it: no one speaks (BASIL, 2018).
        ("An executive order challenging birthright citizenship would ensure a legal battle.", []),
        ("Trump’s vow aligns with other messaging and actions attacking undocumented immigrants.", []),
        ("The bill denying them benefits passed the House.", []),
        # People and texts that speak still report.
        (
            "The White House issued a statement saying that the order is legal.",
            [("saying", "White House", "The White House", "the order is legal")],
        ),
    ],
)
def test_a_participle_after_an_act_noun_reports_nothing(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A participle and its preposition modifying the noun before them, with an agent after
        # "by": the agent is the source, the noun phrase what was called for (BASIL, 2018).
        (
            "Texas could rewrite its constitution through a constitutional convention called for by Gov. Abbott.",
            [("called for", "call", "Abbott", "Gov. Abbott", "a constitutional convention")],
        ),
        (
            "They can be undone only through a constitutional convention called for by two-thirds of state legislatures.",
            [("called for", "call", "two-thirds of state legislatures", "two-thirds of state legislatures", "a constitutional convention")],
        ),
        (
            "The senators passed changes called for by the union.",
            [("called for", "call", "union", "the union", "changes")],
        ),
        # A passive keeps its reading: the subject is what was called for.
        (
            "The convention was called for by Gov. Abbott.",
            [("called for", "call", "Abbott", "Gov. Abbott", "The convention")],
        ),
    ],
)
def test_a_participle_with_a_preposition_before_by_credits_the_agent(text: str, expected: list[tuple]) -> None:
    assert analyzed_cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Alan Smith, a neurosurgeon, said the plan failed.\n", [("said", "Alan Smith", "Alan Smith", "the plan failed")]),
        ("Smith, a Democrat, said the hospital needs money.\n", [("said", "Smith", "Smith", "the hospital needs money")]),
        ("An executive order challenging birthright citizenship would ensure a legal battle.\n", []),
        ("Senate rejects the plan\n\nThe Senate voted on Tuesday.\n", []),
        ("Senator rejects the plan\n\nThe Senate voted on Tuesday.\n", [("rejects", "Senator", "Senator", "the plan")]),
        ("He made other dramatic claims that appear to have no chance of materializing.\n", []),
        (
            "It could come through a constitutional convention called for by Gov. Abbott.\n",
            [("called for", "Abbott", "Gov. Abbott", "a constitutional convention")],
        ),
        (
            "The 14th Amendment states that all persons born here are citizens.\n",
            [("states", "14th Amendment", "The 14th Amendment", "all persons born here are citizens")],
        ),
        (
            "The walkout began at dawn, after the port authority refused to pause its automation project during negotiations.\n",
            [("refused", "port authority", "the port authority", "to pause its automation project during negotiations")],
        ),
        ("Bayh declined to run for reelection.\n", []),
        (
            "Trump said, repeating a false claim that he opposed the invasion.\n",
            [
                ("said", "Trump", "Trump", "a false claim that he opposed the invasion"),
                ("repeating", "Trump", "Trump", "a false claim that he opposed the invasion"),
            ],
        ),
        (
            "Trump's false claims that he is an advocate for workers angered unions.\n",
            [("claims", "Trump", "Trump's", "he is an advocate for workers")],
        ),
        (
            "Trump rejects the plan\n\nPresident Donald Trump told reporters on Monday that the budget was a disaster.\n",
            [
                ("rejects", "Donald Trump", "Trump", "the plan"),
                ("told reporters", "Donald Trump", "President Donald Trump", "the budget was a disaster"),
            ],
        ),
    ],
)
def test_score_jsonl_shows_these_readings(tmp_path, text: str, expected: list[tuple]) -> None:
    """`framing score` JSONL, as a user reads it: the speaker, source and content of each attribution."""
    spans = scored_attributions(tmp_path, text)
    assert [
        (s["text"], s["speaker"], text[s["source"]["start"] : s["source"]["end"]], text[s["content"]["start"] : s["content"]["end"]])
        for s in spans
    ] == expected


# A tag set off by commas after a fronted phrase of time, place or manner (a preposition or a
# connective first, no verb): what is said is the clause after the tag, not the phrase before it.
FRONTED_PHRASE_TAGS = [
    (
        "In the long run, many economists say, this effect could ripple through the health care system.",
        [("say", "many economists", "many economists", "this effect could ripple through the health care system")],
    ),
    (
        "Over the years, Ebeling said, email has helped her stay in touch with Clinton.",
        [("said", "Ebeling", "Ebeling", "email has helped her stay in touch with Clinton")],
    ),
    (
        "In 2008, Trump said, the foundation's donation had made his father proud.",
        [("said", "Trump", "Trump", "the foundation's donation had made his father proud")],
    ),
    ("Recently, Smith said, he has realized that Georgia is not hospitable.", [("said", "Smith", "Smith", "he has realized that Georgia is not hospitable")]),
    # A subject before the tag stays what is said.
    ("The museum, Mr. Obama said, would make history.", [("said", "Obama", "Mr. Obama", "The museum")]),
]


@pytest.mark.parametrize("text, expected", FRONTED_PHRASE_TAGS)
def test_a_tag_after_a_fronted_phrase_credits_the_clause_after_it(tmp_path, text: str, expected: list[tuple]) -> None:
    """`framing score` JSONL, as a user reads it."""
    spans = scored_attributions(tmp_path, text)
    assert [
        (s["text"], s["speaker"], text[s["source"]["start"] : s["source"]["end"]], text[s["content"]["start"] : s["content"]["end"]])
        for s in spans
    ] == expected


# A participle phrase of questioning before the tag's comma is no clause anyone said: the
# speaker's words follow the cue (`postposed` leaves it; `_asked_phrase`).
ASKED_BEFORE_THE_TAG = [
    ("Pressed by reporters, Earnest said the plan failed.",
     [("Pressed", "press", "reporters", "reporters", "Earnest said the plan failed"),
      ("said", "say", "Earnest", "Earnest", "the plan failed")]),
    ("Asked by reporters, Earnest said the plan failed.",
     [("Asked", "ask", "reporters", "reporters", "Earnest said the plan failed"),
      ("said", "say", "Earnest", "Earnest", "the plan failed")]),
    # A clause before the comma stays the content of a postposed tag.
    ("The talks were a show, Lavrov said on Tuesday.", [("said", "say", "Lavrov", "Lavrov", "The talks were a show")]),
]


@pytest.mark.parametrize("text, expected", ASKED_BEFORE_THE_TAG)
def test_an_asked_phrase_is_no_content_of_the_tag(text: str, expected: list[tuple]) -> None:
    assert analyzed_cues(text) == expected


def test_an_asked_phrase_from_framing_score(tmp_path) -> None:
    """`framing score`: Earnest's "said" has "the plan failed" as its content, not "Asked by reporters"."""
    text = "Asked by reporters, Earnest said the plan failed.\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [
        ("Asked", "Earnest said the plan failed"), ("said", "the plan failed")]


# Between a comma and a postposed cue, a phrase opened by "including", "such as" or a preposition
# is a list's tail or a circumstance, no source: the cue word there is a noun (`postposed`,
# `_NO_SOURCE_OPENERS`).  PolNeAR train: the four cues this dropped were all unmarked.
SALKIN = (
    'Salkin said the effort was an attempt to head off "more radical" protest suggestions, including '
    'walkouts and jeers, and to provide an outlet for those "both nauseated and terrified" by Trump.'
)
NO_SOURCE_BEFORE_THE_TAG = [
    (SALKIN, [("said", "say", "Salkin", "Salkin", 'the effort was an attempt to head off "more radical" protest suggestions')]),
    ("Manafort and his firms have advised, in no particular order, a business group tied to Ferdinand Marcos.", []),
    ("Mr. Comey described, in fairly blistering terms, a set of email practices that left her systems open.", []),
    # A subject after the comma still makes a tag.
    ("The talks were a show, the minister and his aides said.",
     [("said", "say", "anonymous", "the minister and his aides", "The talks were a show")]),
]


@pytest.mark.parametrize("text, expected", NO_SOURCE_BEFORE_THE_TAG)
def test_a_phrase_opened_by_including_or_a_preposition_is_no_source(text: str, expected: list[tuple]) -> None:
    assert analyzed_cues(text) == expected


def test_a_quotation_after_a_list_tail_stays_the_speakers_from_framing_score(tmp_path) -> None:
    """`framing score`: no "jeers" cue between Salkin's "said" and "both nauseated and terrified",
    so that quotation is Salkin's words (it was a scare quote, in the author's voice)."""
    text = SALKIN + "\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["speaker"]) for s in spans] == [("said", "Salkin")]
    framing_score = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))["spans"]
    assert [(s["text"], s["voice"], s["speaker"]) for s in framing_score if s["type"] == "quote"] == [
        ('"more radical"', "quoted", "Salkin"), ('"both nauseated and terrified"', "quoted", "Salkin")]


# A dash sets off a postposed tag as a comma does: an em dash, HuffPost's horizontal bar (U+2015),
# a spaced en dash, "--" (`_TAG_DASH_RE`); only a strong verb's tag that ends the sentence right
# after its source, so a dashed aside before a noun or a predicate stays no tag.  A cue inside the
# tag's content ("charged") is the tag's report.
DOJ_DASH = (
    "Sayoc has been charged with five federal crimes ― interstate transportation of an explosive and "
    "illegal mailing of explosives ― the Department of Justice said."
)
DASH_TAGS = [
    (DOJ_DASH, [("said", "say", "Department of Justice", "the Department of Justice",
                 "Sayoc has been charged with five federal crimes ― interstate transportation of an explosive and "
                 "illegal mailing of explosives")]),
    ("He faces two charges — theft and fraud — the prosecutor said.",
     [("said", "say", "prosecutor", "the prosecutor", "He faces two charges — theft and fraud")]),
    ("He faces two charges -- theft and fraud -- Mr. Smith said.",
     [("said", "say", "Smith", "Mr. Smith", "He faces two charges -- theft and fraud")]),
    ("He faces two charges – theft and fraud – the police said.",
     [("said", "say", "police", "the police", "He faces two charges – theft and fraud")]),
    # A dashed aside before a noun or a predicate is no tag.
    ("We compiled a list of Trump’s absurd ― and dangerous ― anti-Latino remarks.", []),
    ("Four casinos — Bally’s, Caesars and Harrah’s — reported year-over-year revenue declines.", []),
]


@pytest.mark.parametrize("text, expected", DASH_TAGS)
def test_a_dash_sets_off_a_postposed_tag(text: str, expected: list[tuple]) -> None:
    assert analyzed_cues(text) == expected


def test_a_dash_tag_from_framing_score(tmp_path) -> None:
    """`framing score`: HuffPost's "― the Department of Justice said." credits the Department of
    Justice with the charges (was no speaker, and "charged" an attribution of its own)."""
    spans = scored_attributions(tmp_path, DOJ_DASH + "\n")
    assert [(s["text"], s["speaker"], s["stance"]) for s in spans] == [("said", "Department of Justice", "neutral")]
