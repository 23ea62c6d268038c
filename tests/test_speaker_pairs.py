"""People who speak together (framing/speaker_pairs.py, read by framing/speakers.py): the speaker
names them all, by the fullest names the article gives, joined as the article joins them; only
where they open their clause, and only people (a group or a body keeps today's reading)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from framing import speaker_pairs
from framing.cli import app
from voice_cases import scored_attributions, speakers as speakers_of


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Chuck Grassley and Patrick J. Leahy drafted the bill.\n\nBut Mr. Grassley and Mr. Leahy said developers had gamed it.",
            ["Chuck Grassley and Patrick J. Leahy"],
        ),
        ("Mr. Peck and Mr. Mahaney cited the data.", ["Peck and Mahaney"]),
        # What floats after the last name ("have both", "all") is no part of it.
        ("Donald J. Trump and Senator Bernie Sanders have both argued that trade hurts.", ["Donald J. Trump and Bernie Sanders"]),
        ("Ben Carson, Ted Cruz and Rand Paul have all said that the plan fails.", ["Ben Carson, Ted Cruz and Rand Paul"]),
        # A subordinate clause's subject.
        ("Jeb Bush spoke after Marco Rubio, when Rubio and Bush both argued that it failed.", ["Marco Rubio and Jeb Bush"]),
        # After a description of them (PolNeAR train+dev: 6 more joined, all right).
        ("Presidential candidates Hillary Clinton and Donald Trump cited the data.", ["Hillary Clinton and Donald Trump"]),
        ("Republican presidential hopefuls Jeb Bush and Chris Christie said the plan failed.", ["Jeb Bush and Chris Christie"]),
        # Not the subject of the clause: "Merkel" is the object of "met".
        ("Obama met Merkel and Macron said the talks were useful.", ["Macron"]),
        ("He met voters and Trump said the talks were useful.", ["Trump"]),
        ("Trump meets Merkel and Macron said the talks were useful.", ["Macron"]),
        # Groups and bodies coordinated as the subject are joined too (were not: "Democrats" alone
        # was half the subject; PolNeAR gold "Both Democrats and Republicans").
        ("Republicans and Democrats said the bill was dead.", ["Republicans and Democrats"]),
        # A surname that is also a title word, after an honorific ("Mr. King"), is a person.
        ("Mr. King and Mr. Schultz said they would vote no.", ["King and Schultz"]),
        # After a quotation closed with the sentence (NYT's '' marks), at a paragraph's start.
        (
            "Larry King and Ed Schultz work for RT. One critic said of RT: ''Having them helps.''\n\n"
            "Both Mr. King and Mr. Schultz say RT's management is fair.",
            ["One critic", "Larry King and Ed Schultz"],
        ),
        # Party-and-state tags after the names say nothing of who speaks: every name is joined.
        ("Sens. John McCain (R-Ariz.) and Lindsey Graham (R-S.C.) said the deal was bad.", ["John McCain and Lindsey Graham"]),
        ("Sens. John McCain, R-Ariz., and Lindsey Graham, R-S.C., said the deal was bad.", ["John McCain and Lindsey Graham"]),
        (
            "Sens. Bernie Sanders (I-Vt.), Jeff Merkley (D-Ore.) and Rep. Raul Grijalva (D-Ariz.) said the deal was bad.",
            ["Bernie Sanders, Jeff Merkley and Raul Grijalva"],
        ),
        ("Obama met Graham (R-S.C.) and Sen. John McCain said the deal was bad.", ["John McCain"]),
        # After a spaced hyphen used as a dash (HuffPollster's "HEADLINE - Name and Name: ..."), as after "—".
        (
            "IOWA POLLS NOT WRONG, JUST TOO EARLY - Mark Blumenthal and Jon Cohen: “The polls were fine.”",
            ["Mark Blumenthal and Jon Cohen"],
        ),
        # ... and a floating "all" or "both" after the last tag.
        (
            "Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all said the claims were grounds for action.",
            ["Jeff Merkley, Sherrod Brown and Robert Menendez"],
        ),
        ("Sen. John McCain (R-Ariz.) and Sen. Lindsey Graham (R-S.C.) both said the deal was bad.", ["John McCain and Lindsey Graham"]),
    ],
)
def test_coordinated_people_speak_together(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Angela Merkel and Emmanuel Macron met in Paris. They said the talks were useful.", ["Angela Merkel and Emmanuel Macron"]),
        ("Merkel and Macron met in Paris. They said the talks were useful.", ["Merkel and Macron"]),
        # After "But"/"Yet", after titles with full stops, and past a relative clause in commas (PolNeAR train: 3 more, all right).
        ("Merkel and Macron met in Paris. But they said the talks were useful.", ["Merkel and Macron"]),
        (
            "Mr. Rubio and Mr. Cruz, who have been fierce adversaries for months, met Mr. Trump. They said the talks were useful.",
            ["Rubio and Cruz"],
        ),
        # Another paragraph, or another sentence between: no guess.
        ("Merkel and Macron met in Paris.\n\nThey said the talks were useful.", [None]),
        ("Merkel and Macron met in Paris. The talks ran late. They said the talks were useful.", [None]),
        # A body credited just before is still the "they" (framing/pronoun_sources.py).
        ("Officials in Kyiv said the talks failed. They said a deal was far off.", ["anonymous", "anonymous"]),
    ],
)
def test_they_after_a_coordinated_subject(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("But Mr. Grassley and Mr. Leahy", [(["Grassley"], True)]),
        ("Ben Carson, Ted Cruz and Rand Paul", [(["Ben", "Carson"], False), (["Ted", "Cruz"], False)]),
        ("Obama met Merkel and Macron", None),
        ("Neither Cruz and Christie", None),
        # An office is no conjunct ("Vice President and ... Editor Bill Sammon" is one person); a
        # title word as a surname after an honorific is one.
        ("Fox News Vice President and Washington Managing Editor Bill Sammon", None),
        ("Mr. King and Mr. Leahy", [(["King"], True)]),
    ],
)
def test_conjuncts_before(text, expected):
    last = text.rindex(" and ") + 5
    assert speaker_pairs.conjuncts_before(text, last) == expected


def test_score_writes_both_names_as_the_speaker(tmp_path):
    path = tmp_path / "senate.txt"
    path.write_text(
        "Chuck Grassley and Patrick J. Leahy drafted the bill.\n\nBut Mr. Grassley and Mr. Leahy said developers had gamed it.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    spans = [s for s in record["spans"] if s["type"] == "attribution"]
    assert [(s["text"], s["speaker"]) for s in spans] == [("said", "Chuck Grassley and Patrick J. Leahy")]
    # The source's range covers both names, as the speaker does (not only "Mr. Leahy").
    source = spans[0]["source"]
    text = path.read_text(encoding="utf-8")
    assert text[source["start"] : source["end"]] == "Mr. Grassley and Mr. Leahy"


@pytest.mark.parametrize(
    "text, source",
    [
        # The source's range covers every name its speaker names, the opener left out.
        ("Mr. Grassley and Mr. Leahy said the bill was dead.", "Mr. Grassley and Mr. Leahy"),
        ("But Mr. Grassley and Mr. Leahy said the bill was dead.", "Mr. Grassley and Mr. Leahy"),
        ("Ben Carson, Ted Cruz and Rand Paul said the plan failed.", "Ben Carson, Ted Cruz and Rand Paul"),
        ("Grassley and Leahy both said the bill was dead.", "Grassley and Leahy both"),
        # A tag after a quotation: one tag for both (the "and" joins two names).
        ('"We are done," Mr. Grassley and Mr. Leahy said.', "Mr. Grassley and Mr. Leahy"),
        ("Sens. John McCain (R-Ariz.) and Lindsey Graham (R-S.C.) said the deal was bad.", "Sens. John McCain (R-Ariz.) and Lindsey Graham"),
        # No pair: the last name alone, as its speaker.
        ("Obama met Merkel and Macron said the talks failed.", "Macron"),
        ("Angela Merkel and Emmanuel Macron met in Paris. They said the talks were useful.", "They"),
    ],
)
def test_a_coordinated_source_range_covers_every_name(text, source):
    import framing

    (span,) = [s for s in framing.analyze(text).spans if s.type == "attribution"]
    assert text[span.source.start : span.source.end] == source


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Grassley and Mr. Leahy", 0),
        ("The vote. But Mr. Grassley and Mr. Leahy", len("The vote. But ")),
        ("Obama met Merkel and Macron", None),
        ("Neither Cruz and Christie", None),
    ],
)
def test_conjuncts_start(text, expected):
    assert speaker_pairs.conjuncts_start(text, text.rindex(" and ") + 5) == expected


def test_score_joins_names_with_party_tags(tmp_path):
    text = "Sens. John McCain (R-Ariz.) and Lindsey Graham (R-S.C.) said the deal was bad.\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("said", "John McCain and Lindsey Graham")]


# People joined by "and" before the body they are "of": both speak, never the body or its place.
_PEOPLE_OF_A_BODY = [
    (
        "Stephen Cohen and Bradford DeLong of the University of California said the economy would grow.",
        "Stephen Cohen and Bradford DeLong",
    ),
    # A middle initial "S." is an initial, not the "S." of "U. S."
    ("Stephen S. Cohen and J. Bradford DeLong said the economy would grow.", "Stephen S. Cohen and J. Bradford DeLong"),
    # The campus after a comma closes the body's name; the scan goes on past it to the people.
    (
        "In their book, Stephen S. Cohen and J. Bradford DeLong of the University of California, Berkeley "
        "suggest that it was the fault of American policy choices.",
        "Stephen S. Cohen and J. Bradford DeLong",
    ),
    ("Bradford DeLong of the University of California, Berkeley suggest that it was bad.", "Bradford DeLong"),
    # A body the clause is set in, before a comma, is no person's: the subject is after the comma.
    ("Speaking at the University of California, Obama said it was bad.", "Obama"),
    ("In California, Obama said it was bad.", "Obama"),
]


@pytest.mark.parametrize("text, speaker", _PEOPLE_OF_A_BODY)
def test_people_of_a_body_speak_together(text, speaker):
    assert speakers_of(text) == [speaker]


def test_score_names_both_people_of_a_body(tmp_path):
    attributions = scored_attributions(tmp_path, _PEOPLE_OF_A_BODY[2][0] + "\n")
    assert [(s["text"], s["speaker"]) for s in attributions] == [("suggest", "Stephen S. Cohen and J. Bradford DeLong")]


# Bodies, places and groups coordinated as the subject of a cue speak together too; a pronoun
# is no name to join.
_GROUPS_TOGETHER = [
    ("Forbes and Wealth-X say the United States has more billionaires.", ["Forbes and Wealth-X"]),
    ("That makes no sense. Both Democrats and Republicans have argued that we need reform.", ["Democrats and Republicans"]),
    ("He and House Judiciary Committee Chairman Bob Goodlatte (R-Va.) said it.", ["Bob Goodlatte"]),
]


@pytest.mark.parametrize("text, expected", _GROUPS_TOGETHER)
def test_bodies_and_groups_speak_together(text, expected):
    assert speakers_of(text) == expected


def test_score_names_bodies_together(tmp_path):
    assert [s["speaker"] for s in scored_attributions(tmp_path, _GROUPS_TOGETHER[0][0] + "\n")] == ["Forbes and Wealth-X"]


# Names coordinated after a verb whose object does what the infinitive cue says (`lead Sens.
# Tester and Vitter to invoke`) are its subject together, as names opening a clause are (PolNeAR
# dev, huff-post on Wells Fargo: "David Vitter" alone before).
_AFTER_CONTROL_VERBS = [
    (
        "Stumpf’s repeated emphasis lead Sens. Jon Tester (D-Mont.) and David Vitter (R-La.) to invoke the prospect of breaking up the bank.",
        ["Jon Tester and David Vitter"],
    ),
    ("The emphasis lead Sens. Tester and Vitter to invoke the prospect of breaking up the bank.", ["Tester and Vitter"]),
    ("The vote prompted France and Germany to warn that the deal was dead.", ["France and Germany"]),
    # Not after any verb: `Obama met Merkel and Macron said` is no pair.
    ("Obama met Merkel and Macron said the deal was dead.", ["Macron"]),
]


@pytest.mark.parametrize("text, expected", _AFTER_CONTROL_VERBS)
def test_names_after_a_control_verb_speak_together(text, expected):
    assert speakers_of(text) == expected


def test_score_names_both_after_a_control_verb(tmp_path):
    spans = scored_attributions(tmp_path, _AFTER_CONTROL_VERBS[0][0] + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("invoke", "Jon Tester and David Vitter")]


# People each named with a place after "of" speak together; a body's name with "of" in it stays
# one name (PolNeAR train, nyt on the flat tax: "Ted Cruz" alone before).
_PEOPLE_OF_PLACES = [
    ("Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky have proposed a flat tax.", ["Ted Cruz and Rand Paul"]),
    ("The University of Texas and Rice University said the deal was off.", ["University of Texas and Rice University"]),
    ("Mr. Grassley and Mr. Leahy said the bill would pass.", ["Grassley and Leahy"]),
]


@pytest.mark.parametrize("text, expected", _PEOPLE_OF_PLACES)
def test_people_of_places_speak_together(text, expected):
    assert speakers_of(text) == expected


def test_score_names_people_of_places_together(tmp_path):
    spans = scored_attributions(tmp_path, _PEOPLE_OF_PLACES[0][0] + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("proposed", "Ted Cruz and Rand Paul")]
