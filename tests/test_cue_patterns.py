"""Attributions of fixed multi-word patterns (framing/cue_patterns.py): `went on to say`,
agentless passives of perception or labelling (`is seen as`, `is known for`), `self-described`.  Each row is a text
and the attributions expected (cue, verb, speaker, source, content), as exact substrings."""

from __future__ import annotations

import re

import pytest

from framing import cue_patterns

from voice_cases import analysed, attributions_of, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "He went on to say Clinton's behavior is “very different from somebody misinterpreting.”",
            [("went on to say", "say", None, "He", "Clinton's behavior is “very different from somebody misinterpreting.”")],
        ),
        (
            "The piece goes on to slam Sanders’ political revolution for implying a consensus.",
            [("goes on to slam", "slam", "piece", "The piece", "Sanders’ political revolution for implying a consensus")],
        ),
        # Only a reporting verb after "went on to": winning is no speech.
        ("He went on to win the state by ten points.", []),
        ("The plan went on to include roads and bridges.", []),
        (
            "Kyle has been seen as a conservative icon. He was killed in 2013.",
            [("seen", "see", None, None, "Kyle has been seen as a conservative icon")],
        ),
        (
            "Ginsburg is known for speaking her mind on other issues.",
            [("known", "know", None, None, "Ginsburg is known for speaking her mind on other issues")],
        ),
        (
            "Minnesota and Colorado are widely seen as opportunities for Sanders.",
            [("seen", "see", None, None, "Minnesota and Colorado are widely seen as opportunities for Sanders")],
        ),
        (
            "The issue was thought to be settled.",
            [("thought", "think", None, None, "The issue was thought to be settled")],
        ),
        # `is said to`: a report credited to nobody named.
        (
            "Some advisers are said to be urging the governor to play by the rules.",
            [("said", "say", None, None, "Some advisers are said to be urging the governor to play by the rules")],
        ),
        # Seen at a place is perception of a thing, not a view: no "as", "for" or "to".
        ("Lazar was seen at the airport on Tuesday.", []),
        # `When asked ...`: the asker is not named; content up to the comma.
        (
            "When asked at the conference about the merger, Fiorina smiled.",
            [("asked", "ask", None, None, "at the conference about the merger")],
        ),
        (
            "As reported by Western Journalism, investigators found over 2,200 emails.",
            # (the finding inside the report is part of it: see `without_nested_thoughts`)
            [("reported", "report", "Western Journalism", "Western Journalism", "investigators found over 2,200 emails")],
        ),
        (
            "Carson said he would act, as first reported by BuzzFeed News.",
            [
                ("said", "say", "Carson", "Carson", "he would act, as first reported by BuzzFeed News"),
            ],
        ),
        (
            "However, as POLITICO has reported, cases that led to charges had aggravating circumstances.",
            [("reported", "report", "POLITICO", "POLITICO", "cases that led to charges had aggravating circumstances")],
        ),
        (
            "And as Menendez pointed out, SCOTUS rulings have real impact.",
            [("pointed out", "point_out", "Menendez", "Menendez", "SCOTUS rulings have real impact")],
        ),
        # "As Trump spoke": a time clause; only verbs that credit a view take this pattern.
        ("As Trump spoke, the crowd cheered loudly for him.", []),
        # "pressed" and "asked" without "when", "if", "after being" are other rules' business.
        ("The senator pressed ahead with the bill.", []),
        # `As X noted,`: a name, or a described source (PolNeAR train: 9 of 11 marked); a passive
        # after it is no postposed tag.
        (
            "As Comey noted, people involved could still be charged.",
            [("noted", "note", "Comey", "Comey", "people involved could still be charged")],
        ),
        (
            "As another Pew study from 2011 noted, the average age of Latinos was rising.",
            [("noted", "note", "another Pew study from 2011", "another Pew study from 2011", "the average age of Latinos was rising")],
        ),
        (
            "Trump's numbers are not as toxic as most D.C. insiders believe.",
            [("believe", "believe", "anonymous", "most D.C. insiders", "Trump's numbers are not as toxic")],
        ),
        # Inside a quotation the words are the speaker's.
        ('“She is seen as a moderate by everyone,” he said.', [("said", "say", None, "he", "“She is seen as a moderate by everyone,”")]),
        # "self-described": the person's own label, source "self" (as PolNeAR marks it); not after
        # "the", a way of naming someone already known.
        (
            "The amendment was classic Bernie Sanders, a self-described Democratic socialist who has spent years in Congress.",
            [("described", "describe", "Bernie Sanders", "self", "Democratic socialist")],
        ),
        (
            "Young democrats are gravitating toward Sen. Bernie Sanders, I-Vt., a self-described Democratic socialist.",
            [("described", "describe", "Bernie Sanders", "self", "Democratic socialist")],
        ),
        (
            "His strengths include strong support from self-described ''very conservative'' voters; and money.",
            [("described", "describe", None, "self", "''very conservative'' voters")],
        ),
        ("The self-described democratic socialist won the primary in Michigan.", []),
    ],
)
def test_pattern_attributions(text, expected):
    assert attributions_of(text) == expected


def test_went_on_to_say_credits_the_quotation_to_the_subject():
    text = "Pence went on to say he is “confident” about the talks."
    voice = analysed(text)
    assert [(text[q.start : q.end], q.speaker) for q in voice.quotes] == [("“confident”", "Pence")]


def test_seen_as_from_the_cli(tmp_path):
    """`framing score` reports the pattern's attribution span the way a user sees it."""
    spans = scored_attributions(tmp_path, "Kyle has long been seen as a conservative icon in Texas.\n")
    assert [(s["text"], s["verb"], s["stance"]) for s in spans] == [("seen", "see", "thought")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A belief inside what someone said is part of the report, not a second attribution.
        (
            "Menendez said he does not think the election calendar matters.",
            [("said", "say", "Menendez", "Menendez", "he does not think the election calendar matters")],
        ),
        (
            "Cruz replied that he thinks “children should actually speak with respect.”",
            [("replied", "reply", "Cruz", "Cruz", "he thinks “children should actually speak with respect.”")],
        ),
        # Before a postposed cue too: the aide reports Clinton's hope.
        (
            "Clinton hopes to win Ohio, her aide said.",
            [("said", "say", "anonymous", "her aide", "Clinton hopes to win Ohio")],
        ),
        # On its own it stays, and so does a speech cue inside another's content.
        ("Trump believes that taxes are too high.", [("believes", "believe", "Trump", "Trump", "taxes are too high")]),
        (
            "Officials said Trump claimed that he won.",
            [
                ("said", "say", "anonymous", "Officials", "Trump claimed that he won"),
                ("claimed", "claim", "Trump", "Trump", "he won"),
            ],
        ),
        # Evidence or an attack inside what someone said is part of it.
        (
            "Trump said polls show he is winning the state by ten points.",
            [("said", "say", "Trump", "Trump", "polls show he is winning the state by ten points")],
        ),
        (
            "Aides said Trump attacked the judge over his Mexican heritage.",
            [("said", "say", "anonymous", "Aides", "Trump attacked the judge over his Mexican heritage")],
        ),
        (
            "His aides said Cruz opposes the Iran deal and will vote against it.",
            [("said", "say", "anonymous", "His aides", "Cruz opposes the Iran deal and will vote against it")],
        ),
        # A tag after the clause it credits holds that clause's cue, even where the inner cue's
        # content runs on over the tag (each had dropped the other: no attribution at all).
        (
            "He agreed to sell it to Mr. Trump in 2010, records show.",
            [("show", "show", "records", "records", "He agreed to sell it to Mr. Trump in 2010")],
        ),
        (
            "The group agreed to drop its ads against Bush, the reports show.",
            [("show", "show", "reports", "the reports", "The group agreed to drop its ads against Bush")],
        ),
        # Not a noun or an act after a comma (no tag verb closing the clause): both still go.
        ("He said that if Manning backed him, he would support the Broncos.",
         [("said", "say", None, "He", "if Manning backed him, he would support the Broncos")]),
        # Inside an `according to`, a cue that credits no quotation is the source's report too ...
        (
            "Nearly three in four say they would buy goods made in the United States, according to the survey.",
            [("according to", "according_to", "survey", "the survey",
              "Nearly three in four say they would buy goods made in the United States")],
        ),
        # ... but one that credits a quotation keeps its speaker.
        (
            "“It was a mess,” Mr. Pence said during the session, according to audio provided to The Times.",
            [
                ("said", "say", "Pence", "Mr. Pence", "“It was a mess,”"),
                ("according to", "according_to", "Times", "audio provided to The Times", "“It was a mess,” Mr. Pence said during the session"),
            ],
        ),
    ],
)
def test_nested_thought_cues_are_dropped(text, expected):
    assert attributions_of(text) == expected


def test_a_quotation_credited_by_a_dropped_thought_goes_to_the_outer_speaker():
    text = "Cruz replied that he thinks “children should actually speak with respect.”"
    assert [(text[q.start : q.end], q.speaker) for q in analysed(text).quotes] == [
        ("“children should actually speak with respect.”", "Cruz")
    ]


# The "go on to" pattern opens with a letter (so its search skips to a "w" or "g"), its `\b` read
# after that letter: it must find exactly what the plain pattern finds, word boundaries included.
_PLAIN_GO_ON = r"\b(?:went|goes|go|going|gone) on to ([a-z]+)\b"


@pytest.mark.parametrize("text", [
    "He went on to say it.", "She is going on to tell them", "It has gone on to claim", "ago on to say",
    "forgone on to say", "Went on to say", "went on to Say", "é went on to say", "éwent on to say",
    "_going on to say", "9go on to add", "goes on to  say", "x-went on to say; went on to add", "gone on to",
])
def test_go_on_pattern_finds_what_the_plain_pattern_finds(text):
    def found(pattern):
        return [(m.span(), m.group(1)) for m in pattern.finditer(text)]

    assert found(cue_patterns._GO_ON_RE) == found(re.compile(_PLAIN_GO_ON))


def test_a_tag_after_its_clause_through_analyze_and_the_cli(tmp_path):
    """`framing.analyze` and `framing score`: ", records show." credits the clause before it to
    the records, though the clause's own cue ("agreed") reads on over the tag."""
    import framing

    text = "He agreed to sell it to Mr. Trump in 2010, records show.\n"
    spans = [s for s in framing.analyze(text).spans if s.type == "attribution"]
    assert [(s.text, s.speaker, text[s.content.start : s.content.end]) for s in spans] == [
        ("show", "records", "He agreed to sell it to Mr. Trump in 2010")]
    assert [(s["text"], s["stance"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [
        ("show", "raising", "records")]


def test_self_described_from_the_cli(tmp_path):
    """`framing score`: the label a person gives themselves, a labeling attribution of theirs."""
    spans = scored_attributions(tmp_path, "Sanders\n\nThe bill was classic Bernie Sanders, a self-described democratic socialist.\n")
    assert [(s["text"], s["stance"], s["speaker"]) for s in spans] == [("described", "labeling", "Bernie Sanders")]
