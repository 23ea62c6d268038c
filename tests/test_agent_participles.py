"""A past-participle cue with an agent after "by" that modifies a phrase set off before it
(framing/agent_participles.py): the agent is the source and the phrase the content, as PolNeAR
marks them ("a practice criticized by Miller": source "Miller", content "a practice").  Each row
is a text and its attributions as (cue, speaker, source, content), exact substrings, through
`framing.analyze`."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_attributions, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
        # A noun phrase after a comma or a dash, perhaps with an adverb before the participle.
        (
            "Many states do not publish those figures, a practice criticized by Miller and civil rights groups.",
            [("criticized", "Miller", "Miller", "a practice")],
        ),
        (
            "He is not licensed to practice — a fact first reported by Christopher Heath, a TV reporter.",
            [("reported", "Christopher Heath", "Christopher Heath", "a fact")],
        ),
        (
            "Critics said she had impeded the rescue - an allegation rejected by a series of inquiries.",
            [
                ("said", "anonymous", "Critics", "she had impeded the rescue - an allegation rejected by a series of inquiries"),
                ("rejected", "series of inquiries", "a series of inquiries", "an allegation"),
            ],
        ),
        # A noun phrase opening the sentence.
        (
            "The country described by the president on Tuesday night is the most powerful nation.",
            [("described", "president", "the president", "The country")],
        ),
        # After a comma: the noun phrase before it, also before brackets.
        (
            "The immigration bill, opposed by House Republicans, never became law.",
            [("opposed", "Republicans", "House Republicans", "The immigration bill")],
        ),
        (
            "Starr's remarks, first reported by The New York Times on Tuesday, drew attention.",
            [("reported", "New York Times", "The New York Times", "Starr's remarks")],
        ),
        (
            "She faces Colleen Deacon, a staffer for Sen. Kirsten Gillibrand (D-N.Y.), backed by the party.",
            [("backed", "party", "the party", "a staffer for Sen. Kirsten Gillibrand")],
        ),
        # Ending the sentence after a clause: the clause (from its start when the words since the
        # last comma hold no verb).
        (
            "For five years, Burma has been taking steps toward democracy, encouraged by the United States.",
            [("encouraged", "United States", "the United States", "Burma has been taking steps toward democracy")],
        ),
        (
            "The super PAC started reserving ad time this week, for example, as first reported by the New York Times.",
            [
                (
                    "reported",
                    "New York Times",
                    "the New York Times",
                    "The super PAC started reserving ad time this week, for example",
                )
            ],
        ),
        # The agent ends before a time.
        (
            "The party picked Madeleine Kunin, the former governor challenged by Sanders 30 years ago.",
            [("challenged", "Sanders", "Sanders", "the former governor")],
        ),
        # No agent: a means, an act, a measure, or what caused a feeling; nor a passive's auxiliary.
        ("He was criticized by Democrats for the plan.", [("criticized", "Democrats", "Democrats", "He")]),
        (
            "Clinton, clearly frustrated, responded by pointing a finger at the woman.",
            [("responded", "Clinton", "Clinton", "by pointing a finger at the woman")],
        ),
        (
            "Last September, German authorities worried by the rise in hate speech contacted the firms.",
            [("worried", "German authorities", "German authorities", "by the rise in hate speech contacted the firms")],
        ),
    ],
)
def test_a_set_off_participle_credits_its_agent_with_the_phrase(text: str, expected: list[tuple]) -> None:
    assert analyzed_attributions(text) == expected


def test_a_set_off_participle_from_framing_score(tmp_path) -> None:
    text = "Figures\n\nThe immigration bill, opposed by House Republicans, never became law.\n"
    spans = scored_attributions(tmp_path, text)
    assert [
        (s["text"], s["speaker"], text[s["source"]["start"] : s["source"]["end"]], text[s["content"]["start"] : s["content"]["end"]])
        for s in spans
    ] == [("opposed", "Republicans", "House Republicans", "The immigration bill")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A participle after a preposition's object, a verb before it, a place phrase after it:
        # it describes the noun, nobody speaks (BASIL 2019 emergency: the source was "into a
        # confrontation over the separation of powers").  The cue stays, as PolNeAR marks
        # "the aggressive laws proposed during President Richard Nixon's" (dev).
        (
            "He acted on Friday, transforming a dispute into a confrontation over the separation of powers outlined in the Constitution.",
            [("outlined", None, None, "the separation of powers")],
        ),
        ("It is held ahead of a ruling expected in coming weeks.", [("expected", None, None, "a ruling")]),
        # An irregular past before the preposition is the verb too (it read "up a confrontation
        # over the separation of powers" as the source); "the set of" is a noun.
        (
            "The order set up a confrontation over the separation of powers outlined in the Constitution.",
            [("outlined", None, None, "the separation of powers")],
        ),
        (
            "Mr. Trump took a stand on the separation of powers outlined in the Constitution.",
            [("outlined", None, None, "the separation of powers")],
        ),
        # No verb before the preposition: the participle is the sentence's verb.
        ("The head of the agency said on Monday that the deal was off.", [("said", "head of the agency", "The head of the agency", "the deal was off")]),
    ],
)
def test_a_participle_describing_a_prepositions_object_has_no_speaker(text: str, expected: list[tuple]) -> None:
    assert analyzed_attributions(text) == expected


def test_a_participle_describing_a_prepositions_object_from_framing_score(tmp_path) -> None:
    text = "Wall\n\nMr. Trump declared an emergency, transforming a dispute into a confrontation over the separation of powers outlined in the Constitution.\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("declared", "Trump"), ("outlined", None)]


def test_a_participle_after_an_irregular_past_from_framing_score(tmp_path) -> None:
    text = "Wall\n\nThe order set up a confrontation over the separation of powers outlined in the Constitution.\n"
    assert [
        (s["text"], s["speaker"], s["source"], text[s["content"]["start"] : s["content"]["end"]])
        for s in scored_attributions(tmp_path, text)
    ] == [("outlined", None, None, "the separation of powers")]
