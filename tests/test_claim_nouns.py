"""The nouns "claim" and "claims" (framing/claim_nouns.py), through `framing.analyze`: each row is
a text and its attributions as (cue, verb, speaker, source, content), exact substrings.

"claim" and "claims" as nouns: PolNeAR train/dev mark them as cues after a possessor ("Trump's
claim that ...": 16 of 25 before "that") and hardly ever after an article or a quantifier with
no possessor ("a false claim that ...", "other dramatic claims": 1 of 24)."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_cues, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
        # An article or a quantifier, perhaps adjectives, then "claim(s)": a noun, no one credited
        # (BASIL 2018: the outlet's own "making a false claim" was a cue with source "making a false").
        (
            "“It’s ridiculous,” Mr. Trump told Axios on Tuesday, making a false claim.",
            [("told", "tell", "Trump", "Mr. Trump", "“It’s ridiculous,”")],
        ),
        ("He made other dramatic claims that appear to have no chance of materializing.", []),
        ("The settlement paid a 1981 claim over payments for military equipment.", []),
        (
            "Trump said, repeating a false claim that he opposed the invasion.",
            [
                # "said" with only the participle after its comma reports what the participle does.
                ("said", "say", "Trump", "Trump", "a false claim that he opposed the invasion"),
                ("repeating", "repeat", "Trump", "Trump", "a false claim that he opposed the invasion"),
            ],
        ),
        # A possessor owns the claim, across its adjectives too.
        (
            "Trump's false claims that he is an advocate for workers angered unions.",
            [("claims", "claim", "Trump", "Trump's", "he is an advocate for workers")],
        ),
        # What a possessed claim says ends before the sentence's main verb ("were kept" stays in).
        # (The criticism the claim drew is an attribution of its own: tests/test_drawn_criticism.py.)
        (
            "Trump's claim that the election was a fraud drew criticism from Republicans.",
            [("claim", "claim", "Trump", "Trump's", "the election was a fraud"),
             ("criticism", "criticize", "Republicans", "Republicans", "Trump's claim that the election was a fraud")],
        ),
        # An adverb or a negation before a past form keeps it in the claim's clause.
        (
            "Trump's claim that he hadn't actually applied to the school drew scrutiny.",
            [("claim", "claim", "Trump", "Trump's", "he hadn't actually applied to the school")],
        ),
        (
            "Pyongyang's claim that it had successfully tested a hydrogen weapon was a surprise.",
            [("claim", "claim", "Pyongyang", "Pyongyang's", "it had successfully tested a hydrogen weapon")],
        ),
        (
            "He cited Clinton's claim that 90 percent of her e-mails were kept.",
            [
                ("cited", "cite", None, "He", "Clinton's claim that 90 percent of her e-mails were kept"),
                ("claim", "claim", "Clinton", "Clinton's", "90 percent of her e-mails were kept"),
            ],
        ),
        # A possessive pronoun owns the claim for the one it stands for (the speaker had been "His").
        (
            "Donald Trump spoke on Monday. His claim that the election was a fraud drew criticism.",
            [("claim", "claim", "Donald Trump", "His", "the election was a fraud"),
             ("criticism", "criticize", None, None, "His claim that the election was a fraud")],
        ),
        (
            "The company met regulators. Its claim that the product was a cure drew scrutiny.",
            [("claim", "claim", "company", "Its", "the product was a cure")],
        ),
        # The verb stays a verb: after a singular subject with an article, a name, a modal.
        ("The ad claims Jeb is the conservative.", [("claims", "claim", "ad", "The ad", "Jeb is the conservative")]),
        ("Trump claims he is worth billions.", [("claims", "claim", "Trump", "Trump", "he is worth billions")]),
        (
            "A winning candidate might claim momentum.",
            [("claim", "claim", "winning candidate", "A winning candidate", "momentum")],
        ),
    ],
)
def test_claim_after_an_article_is_a_noun_and_after_a_possessor_a_cue(text: str, expected: list[tuple]) -> None:
    assert analyzed_cues(text) == expected


# What a possessed claim says, when the claim is the subject of the sentence: its clause has one
# verb group (one more for each relative clause or clause of its own inside), and the sentence's
# main verb after it is no part of the content.
POSSESSED_CLAIM_CONTENTS = [
    # The clause ends in a participle, a modal's verb, an adverb, an irregular past or a present.
    ("His claim that the vote was rigged was false.", "the vote was rigged"),
    ("His claim that the vote was rigged drew criticism.", "the vote was rigged"),
    ("Clinton's claim that the server was never hacked is doubtful.", "the server was never hacked"),
    ("His claim that he has been vindicated is premature.", "he has been vindicated"),
    ("His claim that he was treated unfairly was rejected.", "he was treated unfairly"),
    ("Trump's claim that millions voted illegally is false.", "millions voted illegally"),
    ("His claim that taxes would fall was false.", "taxes would fall"),
    ("Trump's claim that Mexico will pay for the wall was mocked.", "Mexico will pay for the wall"),
    ("His claim that he did not know was false.", "he did not know"),
    ("His claim that the economy grew was false.", "the economy grew"),
    ("Her claims that the company lied to investors are under review.", "the company lied to investors"),
    ("His claim that he loves America is false.", "he loves America"),
    # A relative clause inside the content has a verb group of its own.
    ("His claim that the people he pardoned were innocent was false.", "the people he pardoned were innocent"),
    ("His claim that the officials who resigned were fired is false.", "the officials who resigned were fired"),
    ("His claim that the man who was arrested had fled was false.", "the man who was arrested had fled"),
    ("His claim that the vote was rigged in a way that helped him was false.", "the vote was rigged in a way that helped him"),
    # So does a clause opened by "that", a subordinator, or a conjunction with a subject.
    ("His claim that officials knew that the vote was rigged was false.", "officials knew that the vote was rigged"),
    ("His claim that the vote was rigged because he lost was false.", "the vote was rigged because he lost"),
    ("His claim that the vote was rigged and the count was wrong was false.", "the vote was rigged and the count was wrong"),
    (
        "Trump's claim that he would build a wall and Mexico would pay for it was popular.",
        "he would build a wall and Mexico would pay for it",
    ),
    # An adjective after a determiner is no verb; nor does a verb go on after an auxiliary.
    ("His claim that the embattled senator was innocent was false.", "the embattled senator was innocent"),
    ("Trump's claim that he hadn't actually applied to the school drew scrutiny.", "he hadn't actually applied to the school"),
    # A comma and a new phrase after the complete clause end it too; an aside inside it does not.
    ("His claim that the vote was rigged, which he repeated on Tuesday, was false.", "the vote was rigged"),
    ("Despite his claims that he punishes the guilty, it was Francis who reversed it.", "he punishes the guilty"),
    ("Asked about Haley's claim that Iran is the culprit, Sweden's envoy disagreed.", "Iran is the culprit"),
    ("Trump's claim that he is, in fact, innocent was false.", "he is, in fact, innocent"),
    ("Her claim that the bill, which passed in May, was unfair was false.", "the bill, which passed in May, was unfair"),
    # A participle after a noun with no object of its own, before the clause's verb, modifies the
    # noun (a reduced relative clause): it ends nothing.
    ("His claim that the weapons seized were Russian was false.", "the weapons seized were Russian"),
    ("Trump's claim that the weapons seized in the raid were Russian was false.", "the weapons seized in the raid were Russian"),
    ("The minister's claim that the documents leaked last week were fake drew criticism.", "the documents leaked last week were fake"),
    ("His claim that the money raised was spent on ads was false.", "the money raised was spent on ads"),
    ("His claim that the money stolen was returned was false.", "the money stolen was returned"),
    ("Critics mocked his claim that the weapons seized were Russian.", "the weapons seized were Russian"),
    # With no verb left for the sentence, the verb after the noun is the clause's own.
    ("His claim that the plan worked was false.", "the plan worked"),
    ("His claim that the rebels attacked was false.", "the rebels attacked"),
    # No main verb after the clause: the content runs to the end.
    ("He repeated Trump's claim that the vote was rigged.", "the vote was rigged"),
]


@pytest.mark.parametrize("text, content", POSSESSED_CLAIM_CONTENTS)
def test_a_possessed_claims_content_ends_before_the_main_verb(text: str, content: str) -> None:
    assert [what for _, verb, _, _, what in analyzed_cues(text) if verb == "claim"] == [content]


def test_a_possessed_claims_content_from_framing_score(tmp_path) -> None:
    text = (
        "Vote count\n\nHis claim that the vote was rigged was false. Her claim that taxes would fall drew scorn. "
        "His claim that the weapons seized were Russian was false.\n"
    )
    spans = scored_attributions(tmp_path, text)
    assert [
        (s["text"], s["source"] and text[s["source"]["start"] : s["source"]["end"]], text[s["content"]["start"] : s["content"]["end"]])
        for s in spans
    ] == [
        ("claim", "His", "the vote was rigged"),
        ("claim", "Her", "taxes would fall"),
        ("scorn", None, "Her claim that taxes would fall"),  # (framing.drawn_criticism)
        ("claim", "His", "the weapons seized were Russian"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "a reference to" set off after a quotation, comma or bracket: the outlet's gloss on the
        # words reported, no cue (BASIL 2019 emergency: the source was "a clear").
        (
            "He blamed “certain people, a particular one, for not having pushed this faster,” "
            "a clear reference to former Speaker Paul D. Ryan of Wisconsin.",
            [("blamed", "blame", None, "He", "“certain people, a particular one, for not having pushed this faster,”")],
        ),
        ("He spoke of \"S\" (an apparent reference to Clinton) in the note.", [("spoke of", "speak", None, "He", "\"S\"")]),
        # With a speaker before it, no gloss: left to the cue reading, which finds no cue in
        # "made a reference" today (PolNeAR marks 2 such; not this module's business).
        ("Trump made a clear reference to Ryan.", []),
    ],
)
def test_a_glossing_reference_is_no_cue(text: str, expected: list[tuple]) -> None:
    assert analyzed_cues(text) == expected


def test_a_glossing_reference_from_framing_score(tmp_path) -> None:
    text = "Wall\n\nTrump said, “I was a little new to the job,” a clear reference to Paul D. Ryan.\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("said", "Trump")]
