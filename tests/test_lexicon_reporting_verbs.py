"""Rows of lexicons/reporting_verbs.tsv through `framing.analyze` and the JSONL of `framing score`:
each row is a text and its attributions as (cue, verb, speaker, source, content), exact substrings."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_cues, scored_attributions

# Verbs of saying news uses that the file lacked (PolNeAR train and dev mark them as cues: 27 of
# 32 uses of these seven verbs outside the rows' dropped readings).  Weight 1 ("interject",
# "retort") needs a quotation, a that-clause or the postposed form; weight 2 a phrase of three
# words after it, so "He did not elaborate." and the adjective stay no cue.
NEW_VERBS = [
    ("Hannity interjected: “So you’re saying there will be some flexibility?”",
     [("interjected", "interject", "Hannity", "Hannity", "“So you’re saying there will be some flexibility?”")]),
    ("Wallnau elaborated on the message he felt the Lord was seeking to convey.",
     [("elaborated", "elaborate", "Wallnau", "Wallnau", "on the message he felt the Lord was seeking to convey")]),
    ("He did not elaborate.", []),
    ("In general, samples with more elaborate sampling and weighting procedures produced more accurate results.", []),
    ('"That is false," Cruz retorted.', [("retorted", "retort", "Cruz", "Cruz", '"That is false,"')]),
    ("Trump retorted that Cruz was a liar.", [("retorted", "retort", "Trump", "Trump", "Cruz was a liar")]),
    ("The Vermont senator extolled the virtues of a single-payer health system.",
     [("extolled", "extol", "Vermont senator", "The Vermont senator", "the virtues of a single-payer health system")]),
    ("Earl Ray Tomblin of West Virginia lauded Mr. Clarke in his state-of-the-state address for helping develop new technology.",
     [("lauded", "laud", "Earl Ray Tomblin", "Earl Ray Tomblin of West Virginia",
       "Mr. Clarke in his state-of-the-state address for helping develop new technology")]),
    ("Supporters heralded the ruling as a victory for voters.",
     [("heralded", "herald", "Supporters", "Supporters", "the ruling as a victory for voters")]),
    ("The FBI director chastised Clinton for use of the server.",
     [("chastised", "chastise", "FBI director", "The FBI director", "Clinton for use of the server")]),
]


# Second batch: "bark" (weight 1, with its quotation), "vent" and "dwell" (weight 2).  PolNeAR train
# marks 6 of 7 such uses; "dwelt in poverty", the irregular past, is not matched.  ("preach" was
# tried: PolNeAR dev's writer "the people I preach it to" made dev cue 0.78980 -> 0.78961.)
NEW_VERBS += [
    ("“Go back to Univision,” Trump barked and a security guard escorted Ramos out.",
     [("barked", "bark", "Trump", "Trump", "“Go back to Univision,”")]),
    ("The dog barked all night.", []),
    ("Mrs. Clinton has been a dogged defender of the Affordable Care Act, while Mr. Sanders has dwelled on the program's not going far enough.",
     [("dwelled", "dwell", "Sanders", "Mr. Sanders", "on the program's not going far enough")]),
    ("Fidel Castro reportedly has lived like a king, even as his subjects dwelt in poverty.",
     [("reportedly", "reportedly", None, None, "Fidel Castro reportedly has lived like a king, even as his subjects dwelt in poverty")]),
    pytest.param(
        "At a meeting Tuesday morning of the Senate Democratic leadership, some senators vented about Sanders vowing to fight on.",
        [("vented", "vent", "some senators", "some senators", "about Sanders vowing to fight on"),
         ("vowing", "vow", "Sanders", "Sanders", "to fight on")],
        marks=pytest.mark.xfail(reason="'vowing' after 'about Sanders' takes the source 'some senators vented about "
                                       "Sanders' (its speaker is right); the same with 'complained about', before this row"),
    ),
]

# "raise new/fresh questions about": doubt voiced about its object (PolNeAR train marks 4 of 5);
# the plain "raises questions about" is mostly said of things and stays no cue.
NEW_VERBS += [
    ("The documents raised new questions about whether the charitable foundation worked to reward its donors with access.",
     [("raised new questions about", "raise_new_questions_about", "documents", "The documents",
       "whether the charitable foundation worked to reward its donors with access")]),
    ('Demonstrators marched through Center City, chanting "Bernie or Jill, No Hill," raising fresh questions about '
     "whether Clinton will face a bleed of Sanders supporters.",
     [("chanting", "chant", "Demonstrators", "Demonstrators",
       '"Bernie or Jill, No Hill," raising fresh questions about whether Clinton will face a bleed of Sanders supporters'),
      ("raising fresh questions about", "raise_fresh_questions_about", "Demonstrators", "Demonstrators",
       "whether Clinton will face a bleed of Sanders supporters")]),
    ("Trump's showing raises questions about how he will handle defeat.", []),
]

# "speak" with its manner before "of" or "about" (one row of slots): the adverb is part of the cue,
# as PolNeAR marks it ("spoke favorably of"); "speaking only about" is no such manner.
NEW_VERBS += [
    ("It is far from certain that Mr. Manafort's views have directly shaped Mr. Trump's, since Mr. Trump spoke favorably of "
     "Mr. Putin's leadership before Mr. Manafort joined the campaign.",
     [("spoke favorably of", "speak", "Trump", "Mr. Trump", "Mr. Putin's leadership before Mr. Manafort joined the campaign")]),
    ("Kenneth Starr, the Whitewater independent counsel who vigorously pursued Bill Clinton across the 1990s, spoke highly "
     "of the former president's personal attributes last week.",
     [("spoke highly of", "speak", "Kenneth Starr", "Kenneth Starr, the Whitewater independent counsel",
       "the former president's personal attributes last week")]),
    ("At center stage was Trump's eldest daughter, Ivanka Trump, who spoke passionately about her father's competitive drive.",
     [("spoke passionately about", "speak", "Ivanka Trump", "Ivanka Trump, who", "her father's competitive drive")]),
]

# "talk" with its manner before "of" or "about", as "speak" (PolNeAR train marks 4 of 5).
NEW_VERBS += [
    ("After deliberately playing down her gender in her loss in the 2008 race, Clinton now talks freely of her own "
     "experiences in the workplace and in politics.",
     [("talks freely of", "talk_freely_of", "Clinton", "Clinton", "her own experiences in the workplace and in politics")]),
    pytest.param(
        "Throughout the night, his family, friends and employees talked glowingly about his character and leadership style.",
        [("talked glowingly about", "talk_glowingly_about", None, "his family, friends and employees", "his character and leadership style")],
        marks=pytest.mark.xfail(reason="the source is the last conjunct, 'employees' (as with 'talked about'): a list "
                                       "subject is the speakers helper's subject_phrases"),
    ),
]


@pytest.mark.parametrize("text, expected", NEW_VERBS)
def test_verbs_of_saying_added(text: str, expected: list[tuple]) -> None:
    assert analyzed_cues(text) == expected


def test_verbs_of_saying_added_from_framing_score(tmp_path) -> None:
    """`framing score`: 'interjected', 'chastised' and 'barked' are cues with their sources in the JSONL a
    user reads; 'He did not elaborate.' credits nothing."""
    text = (
        "Debate\n\nHannity interjected: “So you’re saying there will be some flexibility?” "
        "He did not elaborate. The FBI director chastised Clinton for use of the server. "
        "“Go back to Univision,” Trump barked. The documents raised new questions about the foundation. "
        "Kenneth Starr spoke highly of the former president's personal attributes. Clinton now talks freely of her own experiences.\n"
    )
    spans = scored_attributions(tmp_path, text)
    assert [
        (s["text"], s["speaker"], text[s["source"]["start"] : s["source"]["end"]], text[s["content"]["start"] : s["content"]["end"]])
        for s in spans
    ] == [
        ("interjected", "Hannity", "Hannity", "“So you’re saying there will be some flexibility?”"),
        ("chastised", "FBI director", "The FBI director", "Clinton for use of the server"),
        ("barked", "Trump", "Trump", "“Go back to Univision,”"),
        ("raised new questions about", "documents", "The documents", "the foundation"),
        ("spoke highly of", "Kenneth Starr", "Kenneth Starr", "the former president's personal attributes"),
        ("talks freely of", "Clinton", "Clinton", "her own experiences"),
    ]
