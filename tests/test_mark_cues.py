"""Attributions marked by punctuation or a sourceless adverb (framing/mark_cues.py): a colon before
a quotation or in a `Name: ...` headline, HuffPost's `"..." ― Name`, and `reportedly` (a
transcript's speaker labels: tests/test_transcript_labels.py).  Each row is a text and the
attributions expected, as exact substrings."""

from __future__ import annotations

import pytest

from voice_cases import analysed, attributions_of


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The timing does not surprise Republican pollster Daron Shaw: “Lesser-known candidates often surge.”",
            [(":", "colon", "Daron Shaw", "Daron Shaw", "“Lesser-known candidates often surge.”")],
        ),
        (
            "Lynch: No outside influence on FBI probe into Clinton emails.\n\nThe attorney general spoke on Tuesday.",
            [(":", "colon", "Lynch", "Lynch", "No outside influence on FBI probe into Clinton emails")],
        ),
        # A verb after the colon leaves the headline's colon its cue.
        (
            "Lynch: Clinton Says She Broke No Law.\n\nText.",
            [
                (":", "colon", "Lynch", "Lynch", "Clinton Says She Broke No Law"),
                ("Says", "say", "Clinton", "Clinton", "She Broke No Law"),
            ],
        ),
        (  # the evidence cue inside Lynch's words is part of them (cue_patterns.without_nested_thoughts)
            "Lynch: Clinton Emails Show No Crime Was Committed.\n\nText.",
            [(":", "colon", "Lynch", "Lynch", "Clinton Emails Show No Crime Was Committed")],
        ),
        # A label before the colon is no speaker.
        ("Editor’s Note: The following is part 3 of 3.\n\nText.", []),
        (  # the verb after the label is the cue
            "Wow: Glenn Beck Just Responded To The Endorsement.\n\nText.",
            [("Responded", "respond", "Glenn Beck", "Glenn Beck", "To The Endorsement")],
        ),
        ("Just Leaked: Look At The Response.\n\nText.", []),
        ("BUSTED: Emails Reveal A Plan.\n\nText.", [("Reveal", "reveal", "Emails", "Emails", "A Plan")]),
        ("Paid Notice: Deaths SIEGEL, JEROME ARTHUR.\n\nText.", []),
        # A clause before the colon is no speaker either.
        ("Bill is back: Hillary's husband on campaign trail.\n\nText.", []),
        ("FIX IS IN: PBS Moderators Ignore Clinton Scandals.\n\nText.", []),
        ("Headline.\n\nBYLINE: Amber Phillips.\n\nUPDATE: The website later changed the list.", []),
        (
            "“He represents our greatest shame.” ― Sonya Herridge\n“I am so ashamed.” ― Jacklyn Ashley",
            [
                ("―", "bar", "Sonya Herridge", "Sonya Herridge", "“He represents our greatest shame.”"),
                ("―", "bar", "Jacklyn Ashley", "Jacklyn Ashley", "“I am so ashamed.”"),
            ],
        ),
        (
            "The Club for Growth is reportedly spending $1.5 million on advertisements.",
            [("reportedly", "reportedly", None, None, "The Club for Growth is reportedly spending $1.5 million on advertisements")],
        ),
        (
            "Trump eased his tone. Asked on Fox News who leads the party, he stayed silent.",
            [("Asked", "ask", None, None, "on Fox News who leads the party")],
        ),
        (
            "Voters were split. In an NBC News/Wall Street Journal poll released Monday, 50 percent favored Trump.",
            [("In", "according_to", "NBC News/Wall Street Journal poll", "an NBC News/Wall Street Journal poll", "50 percent favored Trump")],
        ),
        # A poll named in Title Case ("Poll", "Survey"), as outlets often write it.
        (
            "Voters were split. In a CNN/ORC International Poll the same month, 38 percent of voters backed him.",
            [("In", "according_to", "CNN/ORC International Poll", "a CNN/ORC International Poll", "38 percent of voters backed him")],
        ),
        (
            "Voters were split. In the Gallup Survey released Sunday, most voters backed him.",
            [("In", "according_to", "Gallup Survey", "the Gallup Survey", "most voters backed him")],
        ),
        (
            "Trump is expected to deliver a victory speech later tonight.",
            [("expected", "expect", None, None, "Trump is expected to deliver a victory speech later tonight")],
        ),
        # A quotation a verb already credits gets no second attribution from its colon.
        ("Lavrov said: “The talks were a show.”", [("said", "say", "Lavrov", "Lavrov", "“The talks were a show.”")]),
    ],
)
def test_mark_cues(text, expected):
    assert attributions_of(text) == expected


def test_colon_quote_is_spoken_by_the_named_source():
    text = "The timing does not surprise Republican pollster Daron Shaw: “Lesser-known candidates often surge.”"
    (quote,) = analysed(text).quotes
    assert (quote.kind, quote.speaker) == ("direct", "Daron Shaw")


_COLON_SUBJECTS = [
    (
        'Talks\n\nOn July 6, 2015, Sanders made the following comment:\n\n“For young people who have graduated high school, the rate is high.”',
        [(":", "Sanders", "Sanders")],
    ),
    (
        'Talks\n\nWhen Wallace died in 1998, President Clinton released the following statement:\n\n“Hillary and I offer our condolences.”',
        [(":", "President Clinton", "Clinton")],
    ),
    (
        'Talks\n\nIn a Fox interview later that day, Trump went even further: “If he goes forward and loses, it’s the end of his career.”',
        [(":", "Trump", "Trump")],
    ),
]


@pytest.mark.parametrize(
    "text, expected",
    [
        # No name right before the colon: the subject of the clause it ends, if a verb follows it.
        (
            'Talks\n\nBiden was quick to retort: "With all due respect, that is malarkey."',
            [(":", "Biden", "Biden")],
        ),
        ('Talks\n\nThe debate was over: "It is done."', [(":", None, None)]),
        ('Talks\n\nBiden, angry, was quick to retort: "It is malarkey."', [(":", None, None)]),
        # After a fronted phrase or clause, or past the colon's reach (`framing.clause_subjects.
        # colon_clause_subject`; PolNeAR dev and train gave no speaker for these).
        *_COLON_SUBJECTS,
        # A party tag between the name and the colon; a day before the colon is no one (PolNeAR train).
        ('Talks\n\nRep. Trey Gowdy (R-S.C.):"I have not heard anyone cite that figure."', [(":", "Rep. Trey Gowdy", "Trey Gowdy")]),
        (
            'Talks\n\nOne early supporter, Representative Lee Zeldin, Republican of New York, gave the technique a whirl '
            'in an interview with CNN on Tuesday: "You can easily argue that."',
            [(":", None, None)],
        ),
        # No verb after the subject: a label, no one speaks.
        ('Talks\n\nPartial transcript as follows: "We are ready."', [(":", None, None)]),
        ('Talks\n\nWait, it gets better: "We are ready."', [(":", None, None)]),
    ],
)
def test_colon_credits_the_subject_of_its_clause(text, expected):
    assert [(cue, source, speaker) for cue, _, speaker, source, _ in attributions_of(text)] == expected


def test_colon_credits_the_subject_of_its_clause_from_framing_score(tmp_path):
    from voice_cases import scored_attributions

    spans = scored_attributions(tmp_path, _COLON_SUBJECTS[0][0] + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [(":", "Sanders")]


def test_a_party_tag_before_the_colon_from_framing_score(tmp_path):
    from voice_cases import scored_attributions

    spans = scored_attributions(tmp_path, 'Talks\n\nRep. Trey Gowdy (R-S.C.):"I have not heard anyone cite that figure."\n')
    assert [(s["text"], s["speaker"]) for s in spans] == [(":", "Trey Gowdy")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A speaker label before a quotation is one cue, read once, on a headline line or in the body.
        ('ELYSEE: "We are shocked."', [(":", "colon", "ELYSEE", "ELYSEE", '"We are shocked."')]),
        (
            'Talks fail\n\nThe talks ended.\n\nMACRON: "We are shocked."\n\nMore talks are planned.',
            [(":", "colon", "MACRON", "MACRON", '"We are shocked."')],
        ),
    ],
)
def test_a_colon_before_a_quotation_is_one_attribution(text, expected):
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A headline's colon after `X To Y`: X speaks, to Y (BASIL, PolNeAR train headlines).
        ("Mitt To Akin: Drop Out\n\nPresumptive GOP presidential nominee Mitt Romney joined a chorus.", [(":", "Mitt", "Mitt")]),
        (
            "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.\n\nHillary Clinton spoke on Friday.",
            [(":", "Clinton", "Clinton")],
        ),
    ],
)
def test_headline_colon_after_to_credits_who_speaks(text, expected):
    assert [(cue, source, speaker) for cue, _, speaker, source, _ in attributions_of(text)][:1] == expected


def test_a_title_case_poll_from_framing_score(tmp_path):
    """`framing score`: "In a ... Poll ..., X" credits the poll (it credited no one, and read
    "38 percent of voters" as the source of "backed")."""
    from voice_cases import scored_attributions

    text = "Voters were split. In a CNN/ORC International Poll the same month, 38 percent of voters backed him.\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["speaker"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [
        ("In", "CNN/ORC International Poll", "38 percent of voters backed him")
    ]
