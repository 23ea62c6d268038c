"""The nouns "claim" and "claims" (framing/claim_nouns.py), through `framing.analyze`: each row is
a text and its attributions as (cue, verb, speaker, source, content), exact substrings.

"claim" and "claims" as nouns: PolNeAR train/dev mark them as cues after a possessor ("Trump's
claim that ...": 16 of 25 before "that") and hardly ever after an article or a quantifier with
no possessor ("a false claim that ...", "other dramatic claims": 1 of 24)."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_cues


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
        (
            "Trump's claim that the election was a fraud drew criticism from Republicans.",
            [("claim", "claim", "Trump", "Trump's", "the election was a fraud")],
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
            [("claim", "claim", "Donald Trump", "His", "the election was a fraud")],
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
