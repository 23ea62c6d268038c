"""Word-class readings of a cue (framing/cue_reading.py) through `framing.analyze`: each row is a
text and its attributions as (cue, verb, speaker, source, content), exact substrings.

`evidence_shows`: "show" is a noun too ("the show"), but after an evidence noun in its clause
(polls, records, figures, video) it is the verb, across a place word, a phrase or a relative clause."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_cues, scored_attributions

EVIDENCE_SHOWS = [
    ("Polls there show Trump is trailing Ted Cruz.",
     [("show", "show", "Polls there", "Polls there", "Trump is trailing Ted Cruz")]),
    ("FEC records from the 2008 cycle show he backed both McCain and Giuliani.",
     [("show", "show", "FEC records from the 2008 cycle", "FEC records from the 2008 cycle", "he backed both McCain and Giuliani")]),
    ("The poll shows differences between them.", [("shows", "show", "poll", "The poll", "differences between them")]),
    # The noun stays a noun: no evidence noun before it.
    ("He watched the video of the show Trump hosted.", []),
    ("She records the show every week.", []),
]


@pytest.mark.parametrize("text, expected", EVIDENCE_SHOWS)
def test_evidence_shows(text: str, expected: list[tuple]) -> None:
    assert analyzed_cues(text) == expected


def test_evidence_shows_from_framing_score(tmp_path) -> None:
    """`framing score`: "Polls there show" is an attribution to the polls; "the show" is none."""
    text = "Polls there show Trump is trailing Ted Cruz. He watched the show Trump hosted.\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["stance"], text[s["source"]["start"] : s["source"]["end"]], text[s["content"]["start"] : s["content"]["end"]])
            for s in spans] == [("show", "raising", "Polls there", "Trump is trailing Ted Cruz")]


# "attack(s)": the noun after a determiner, a number, a preposition, a modifier, or before no
# object (`attack_noun`; PolNeAR train/dev marked 2 of the 24 nouns the verb rules took); the verb
# after a pronoun, "to", an auxiliary, or before its object.
ATTACK_NOUNS = [
    ("As the shock of the Friday attacks wore off, many were moving on.", []),
    ("Paris attacks test Clinton's strategy.", []),
    ("After the Paris attacks, Trump released a new radio ad.", []),
    ("He has intensified the dire warnings and personal attacks that have defined his bid.", []),
    ("The first attack was treated as a crime.", []),
    ("Trump attacks Clinton on trade.", [("attacks", "attack", "Trump", "Trump", "Clinton on trade")]),
    ("Critics attack the plan as reckless.", [("attack", "attack", "anonymous", "Critics", "the plan as reckless")]),
    ("She attacks her rival's inexperience.", [("attacks", "attack", None, "She", "her rival's inexperience")]),
    ("Sanders continued to attack Mrs. Clinton's ties to Wall Street.",
     [("attack", "attack", "Sanders", "Sanders", "Mrs. Clinton's ties to Wall Street")]),
]


@pytest.mark.parametrize("text, expected", ATTACK_NOUNS)
def test_attack_as_a_noun_reports_nothing(text: str, expected: list[tuple]) -> None:
    assert analyzed_cues(text) == expected


def test_attack_as_a_noun_from_framing_score(tmp_path) -> None:
    """`framing score`: "the Paris attacks" is no attribution; "Trump attacks Clinton" is."""
    text = "Security\n\nAfter the Paris attacks, the race changed. Trump attacks Clinton on trade.\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["speaker"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [
        ("attacks", "Trump", "Clinton on trade")
    ]


# A base form that is a noun too ("report", "call", "promise", ...), right before an auxiliary, is
# the noun, with its own verb after it (PolNeAR train: none of the 5 so taken marked); the verb
# takes an object or a clause instead ("claim is that ..." is left to the claim rules).
NOUN_BEFORE_ITS_VERB = [
    ("The strong jobs report has cleared the way for the Fed.", []),
    ("The chemical weapons report will influence the Russian position.", []),
    ("Officials report that the road is closed.", [("report", "report", "anonymous", "Officials", "the road is closed")]),
    ("Witnesses report seeing smoke.", [("report", "report", "anonymous", "Witnesses", "seeing smoke")]),
]


@pytest.mark.parametrize("text, expected", NOUN_BEFORE_ITS_VERB)
def test_a_noun_before_its_verb_reports_nothing(text: str, expected: list[tuple]) -> None:
    assert analyzed_cues(text) == expected


def test_a_noun_before_its_verb_from_framing_score(tmp_path) -> None:
    text = "Jobs\n\nThe strong jobs report has cleared the way for the Fed. Officials report that rates will rise.\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [("report", "rates will rise")]
