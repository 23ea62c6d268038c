"""Where contents end against their neighbours (framing/content_ends.py): before a participle
that shares the cue's subject, before the main verb after a participle modifying the sentence's
subject, and past a quoted fragment to the end of its clause.  Rows are a
text and the content of its first attribution, exact substrings, through `framing.analyze`."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_attributions, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
        # A participle sharing the subject has its own content; the earlier one ends at the comma.
        (
            "She doubled down on the plan, telling CNN that the deal was dead.",
            [("doubled down on", None, "She", "the plan"), ("telling", None, "She", "the deal was dead")],
        ),
        # ... and one left with only a time is no attribution's content at all.
        ("She spoke on Sunday, telling CNN that the deal was dead.", [("telling", None, "She", "the deal was dead")]),
    ],
)
def test_a_content_ends_before_a_participle_sharing_its_subject(text: str, expected: list[tuple]) -> None:
    assert analyzed_attributions(text) == expected


@pytest.mark.parametrize(
    "text, content",
    [
        # An indirect content that ends with a quoted fragment goes on with its clause.
        ('He said he was "outraged" to even hear about it.', 'he was "outraged" to even hear about it'),
        (
            'Trump said he wants to be a "neutral" broker between Israelis and Palestinians.',
            'he wants to be a "neutral" broker between Israelis and Palestinians',
        ),
        ('Clinton said there had been some "good gains" in the platform, aides added.', 'there had been some "good gains" in the platform'),
        # ... to the sentence end, across abbreviations.
        ('Ban Ki-moon said it was a "brazen breach" of U.N. resolutions.', 'it was a "brazen breach" of U.N. resolutions'),
        # Not after a quotation that ends a clause of its own, nor for a direct quotation.
        ('He called the plan "a disaster," and left.', 'the plan "a disaster,"'),
        ('Trump said "we will win" and left the stage.', '"we will win"'),
    ],
)
def test_a_quoted_fragment_does_not_end_the_clause_it_is_in(text: str, content: str) -> None:
    assert [row[-1] for row in analyzed_attributions(text)][:1] == [content]


def test_a_quoted_fragment_and_its_clause_from_framing_score(tmp_path) -> None:
    text = 'Talks\n\nHe said he was "outraged" to even hear about it.\n'
    spans = scored_attributions(tmp_path, text)
    assert [text[s["content"]["start"] : s["content"]["end"]] for s in spans] == ['he was "outraged" to even hear about it']


@pytest.mark.parametrize(
    "text, expected",
    [
        # An -ing cue after the noun opening its sentence modifies it: what is claimed ends before
        # the sentence's main verb, after a noun phrase ...
        ("Lawsuits claiming fraud were dismissed in March.", [("claiming", "Lawsuits", "Lawsuits", "fraud")]),
        ("Lawsuits claiming fraud in three states were dismissed.", [("claiming", "Lawsuits", "Lawsuits", "fraud in three states")]),
        ("A petition calling on him to be banned has reached 563,000 signatures.",
         [("calling on", "petition", "A petition", "him to be banned")]),
        ("Democrats supporting Mrs. Clinton have met Harry Reid of Nevada, Elizabeth Warren of Massachusetts and others.",
         [("supporting", "Democrats", "Democrats", "Mrs. Clinton")]),
        # ... or a clause (with "that", or without: its own verb, then the main one).
        ("A lawsuit alleging that the vote was rigged was dismissed.", [("alleging", "lawsuit", "A lawsuit", "the vote was rigged")]),
        ("Supporters saying the vote was stolen gathered outside.", [("saying", "Supporters", "Supporters", "the vote was stolen")]),
        ("The proportion of voters saying they want a ban is as high as three-quarters.",
         [("saying", "proportion of voters", "The proportion of voters", "they want a ban")]),
        # Not a participle after a pronoun (a verb: "He's pointing out"), nor after a sentence's
        # object, nor where a comma comes before the verb found.
        ("He's pointing out the progress he's made in the polls.", [("pointing out", None, "He", "the progress he's made in the polls")]),
        ("Trump held rallies claiming fraud.", [("claiming", "Trump", "Trump", "fraud")]),
        ("Keeps saying she opposed the war, when there are clips of her supporting it.",
         [("saying", "Keeps", "Keeps", "she opposed the war, when there are clips of her supporting it")]),
        # A participle set off by commas after the subject ends at its closing comma, before the
        # sentence's own verb; not at a comma before a relative clause inside it.
        ("Republicans, claiming fraud, refused to certify the vote.",
         [("claiming", "Republicans", "Republicans", "fraud"), ("refused", "Republicans", "Republicans", "to certify the vote")]),
        ("Clinton, citing the report, said the deal was bad.",
         [("citing", "Clinton", "Clinton", "the report"), ("said", "Clinton", "Clinton", "the deal was bad")]),
        ("The senator, saying that taxes, which are high, will rise, voted no.",
         [("saying", "senator", "The senator", "taxes, which are high, will rise, voted no")]),
    ],
)
def test_a_participle_after_the_sentence_subject_ends_before_the_main_verb(text: str, expected: list[tuple]) -> None:
    assert analyzed_attributions(text) == expected


def test_a_participle_after_the_sentence_subject_from_framing_score(tmp_path) -> None:
    """`framing score`: the content a user reads in the JSONL is the claim, not the dismissal."""
    text = (
        "Lawsuits claiming fraud were dismissed in March. A lawsuit alleging that the vote was rigged was dismissed. "
        "Clinton, citing the report, said the deal was bad.\n"
    )
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["speaker"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [
        ("claiming", "Lawsuits", "fraud"), ("alleging", "lawsuit", "the vote was rigged"),
        ("citing", "Clinton", "the report"), ("said", "Clinton", "the deal was bad")]
