"""Cue words that modify a noun or name an occasion (framing/modifier_cues.py), through
`framing.analyze`: each row is a text and its attributions as (cue, verb, speaker, source,
content), exact substrings.  Rows with an attribution are the same word reporting, which stays."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_cues, scored_attributions

MODIFIERS = [
    # An attitude adjective after a noun or a comma picks out whom the outlet means.
    ("The packages were mailed in the past week to people critical of President Donald Trump.", []),
    ("Packages have been mailed to lawmakers and other public figures critical of Trump.", []),
    ("Asked why he targeted Democratic politicians and others critical of Trump, Sessions said he did not know.",
     [("Asked", "ask", None, None, "why he targeted Democratic politicians and others critical of Trump"),
      ("said", "say", "Sessions", "Sessions", "he did not know")]),
    ("Birdthistle is the author of a lively new book critical of our flawed system of saving.", []),
    # After "be" or a linking verb, a word of speech, a name or a comma, the stance is reported.
    ("Cruz’s top brass scrapped some events, wary of overextending their candidate.",
     [("wary of", "wary", None, None, "overextending their candidate")]),
    ("Graham has been critical of Trump since the primaries.",
     [("critical of", "critical_of", "Graham", "Graham", "Trump since the primaries")]),
    ("Bolton and Gorka were both sternly critical of Republicans in the Senate.",
     [("critical of", "critical_of", "Bolton and Gorka", "Bolton and Gorka were both", "Republicans in the Senate")]),
    ("Obama himself has even made comments supportive of Clinton’s bid for the nomination.",
     [("supportive of", "supportive_of", "Obama himself", "Obama himself has even made comments", "Clinton’s bid for the nomination")]),
    # "threatening" before a bare noun: the name of a crime, an adjective.
    ("He was charged with mailing explosives and threatening interstate communications.",
     [("charged", "charge", None, None, "He was charged with mailing explosives and threatening interstate communications")]),
    ("The pressure is only growing, threatening further losses for Mr. Ackman.", []),
    ("Emanuel pressured them to stop by threatening their funding sources in the state.",
     [("threatening", "threaten", "Emanuel", "Emanuel", "their funding sources in the state")]),
    # "label" after a singular noun: the noun; after a plural subject, a pronoun or an auxiliary, the verb.
    ("The packages were addressed with a computer-printed address label and six stamps.", []),
    ("Critics label him a liar in every speech.", [("label", "label", "anonymous", "Critics", "him a liar in every speech")]),
    ("They would label the plan a failure.", [("label", "label", None, "They", "the plan a failure")]),
    # A noun heading the subject of a "said" a few words on: the "said" is the report.
    ("“Lives w/mom,” a handwritten note on the petition said.",
     [("said", "say", "handwritten note on the petition", "a handwritten note on the petition", "“Lives w/mom,”")]),
    ("The records said he lived there. The note said nothing more.",
     [("said", "say", "records", "The records", "he lived there"), ("said", "say", "note", "The note", "nothing more")]),
    # A participle with its agent before the "said" is a report of its own: Reuters saw the memo.
    ("A redacted copy of the memo seen by Reuters said investigators were unable to act.",
     [("seen", "see", "Reuters", "Reuters", "the memo"),
      ("said", "say", "redacted copy of the memo", "A redacted copy of the memo", "investigators were unable to act")]),
    # A verb after the noun keeps it a cue: `the statement noted`, `the poll found`.
    ("The statement noted that the council had met.", [("noted", "note", "statement", "The statement", "the council had met")]),
    # The noun "remarks" after "in": the occasion of another verb's words.
    ("In remarks at the White House before a youth summit, Trump congratulated local police for apprehending the suspect.",
     [("congratulated", "congratulate", "Trump", "Trump", "local police for apprehending the suspect")]),
    ("In his opening remarks, Trump said he was suited for the presidency.",
     [("said", "say", "Trump", "Trump", "he was suited for the presidency")]),
]


@pytest.mark.parametrize("text, expected", MODIFIERS)
def test_a_cue_that_modifies_a_noun_reports_nothing(text: str, expected: list[tuple]) -> None:
    assert analyzed_cues(text) == expected


def test_modifiers_from_framing_score(tmp_path) -> None:
    """`framing score`: the HuffPost sentences of the Sayoc arrest show no "critical of" and no
    "remarks" attribution (they were credited to "bombs" and to nobody), Fox's no "label" (credited
    to "packages"), the NYT's no "note" (credited to "handwritten"); Trump's verb and the note's
    "said" stay."""
    text = (
        "Authorities arrested a suspect in connection with pipe bombs mailed to people critical of President Donald Trump.\n\n"
        "In remarks at the White House, Trump congratulated local police for apprehending the suspect.\n\n"
        "The packages were addressed with a computer-printed address label and six stamps.\n\n"
        "“Lives w/mom,” a handwritten note on the petition said.\n\n"
        "A redacted copy of the memo seen by Reuters said investigators were unable to act.\n"
    )
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["speaker"]) for s in spans] == [
        ("congratulated", "Donald Trump"), ("said", "handwritten note on the petition"), ("seen", "Reuters"),
        ("said", "redacted copy of the memo")]
