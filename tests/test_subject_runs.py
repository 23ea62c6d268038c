"""framing/subject_runs.py: a subject that opens with a capitalised run goes on through the
lower-case words of its description, to the head noun or to the name the description titles,
for the clause readings of framing/clause_subjects.py (a participle, a coordinated verb)."""

from __future__ import annotations

import pytest

from voice_cases import cue_sources, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
        # A description titling a name: the name speaks (were "Presumptive Republican", "Slate").
        (
            "Presumptive Republican presidential nominee Donald Trump also joined the gun debate, announcing he would meet the NRA.",
            [("announcing", "Presumptive Republican presidential nominee Donald Trump", "Donald Trump")],
        ),
        (
            "Slate technology columnist David Auerbach argued the site was dying, saying that it had lost its way.",
            [
                ("argued", "Slate technology columnist David Auerbach", "David Auerbach"),
                ("saying", "Slate technology columnist David Auerbach", "David Auerbach"),
            ],
        ),
        # A description ending in a plural noun of people: the group (were "Republican", "Indiana").
        (
            "Republican candidates have followed his lead, saying the deal was a failure.",
            [("saying", "Republican candidates", "Republican candidates")],
        ),
        (
            "Indiana politicians are furious at the company and want their money back.",
            [("want", "Indiana politicians", "Indiana politicians")],
        ),
        # A plural head of people before a past tense (was "European", after the dateline).
        (
            "BRUSSELS - European leaders gathered Friday to discuss the crisis, offering broad new defense plans.",
            [("offering", "European leaders", "European leaders")],
        ),
        # A verb, not a description: the name alone; an owner's thing is read as before.
        ("Mr. Trump tries to win, saying the race was over.", [("saying", "Mr. Trump", "Trump")]),
        ("Graham’s comments came after the senator spoke, saying the plan failed.", [("saying", "Graham’s", "Graham")]),
        ("Trump met reporters, saying the race was over.", [("saying", "Trump", "Trump")]),
        ("Cruz prefers voters who work, saying the race was over.", [("prefers", "Cruz", "Cruz"), ("saying", "Cruz", "Cruz")]),
        ("Trump orders the wall built, saying the race was over.", [("orders", "Trump", "Trump"), ("saying", "Trump", "Trump")]),
        (
            "Standing alongside labor leader Mary Kay Henry, Clinton chided Trump, saying he was wrong.",
            [("chided", "Clinton", "Clinton"), ("saying", "Clinton", "Clinton")],
        ),
    ],
)
def test_a_subject_goes_on_through_its_description(text, expected):
    assert cue_sources(text) == expected


def test_score_jsonl_names_the_person_a_description_titles(tmp_path):
    text = "Breitbart Texas editor Brandon Darby will come on the program to talk about the border.\n"
    rows = scored_attributions(tmp_path, text)
    assert [(r["text"], r["speaker"], text[r["source"]["start"] : r["source"]["end"]]) for r in rows] == [
        ("talk about", "Brandon Darby", "Breitbart Texas editor Brandon Darby")
    ]
