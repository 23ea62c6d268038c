"""People who speak together (framing/joint_speakers.py): "the joint statement" is the people the
article said issued it.  Rows: a text and its attributions as (cue, speaker, source, content),
exact substrings, through `framing.analyze`."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_attributions as attributions_of, scored_attributions

PELOSI = (
    "Sen. Kirsten Gillibrand (D-N.Y.) said that the report should be released “without delay,” and House Speaker Nancy Pelosi (D-Calif.) "
    "and Senate Minority Leader Chuck Schumer (D-N.Y.) released a joint statement in agreement. "
    "“Attorney General Barr must not give President Trump any ‘sneak preview’,” the joint statement said."
)

JOINT_STATEMENTS = [
    # Titles and party tags dropped (was the speaker "joint statement").
    (
        PELOSI,
        [
            ("said", "Kirsten Gillibrand", "Sen. Kirsten Gillibrand", "the report should be released “without delay,”"),
            ("said", "Nancy Pelosi and Chuck Schumer", "the joint statement", "“Attorney General Barr must not give President Trump any ‘sneak preview’,”"),
        ],
    ),
    # Each by the fullest name the article gives; the issuers' own sentence, not the one before.
    (
        "Donald Trump met Vladimir Putin. Trump and Putin issued a joint statement on Syria. The joint statement said the war must end.",
        [("said", "Donald Trump and Vladimir Putin", "The joint statement", "the war must end")],
    ),
    (
        "Sen. Chuck Grassley and Sen. Patrick J. Leahy sent a joint letter to the FBI. The joint letter asked for answers.",
        [("asked", "Chuck Grassley and Patrick J. Leahy", "The joint letter", "for answers")],
    ),
    # As before: no issuing told, the phrase stays.
    ("The joint statement said the war must end.", [("said", "joint statement", "The joint statement", "the war must end")]),
]


@pytest.mark.parametrize("text, expected", JOINT_STATEMENTS)
def test_the_joint_statement_is_who_issued_it(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


def test_the_joint_statement_is_who_issued_it_from_framing_score(tmp_path) -> None:
    spans = scored_attributions(tmp_path, "Mueller\n\n" + PELOSI + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("said", "Kirsten Gillibrand"), ("said", "Nancy Pelosi and Chuck Schumer")]


# Names coordinated as a subject speak together, also when the last one's titles stand between
# "and" and the name the phrase was cut to (`speaker_pairs.titles_start`: PolNeAR train, Politico,
# was 'Reince Priebus' alone) and when the sentence before ends in a name ("... Pat Toomey of
# Pennsylvania. Sens. Mark Kirk ...": `speaker_pairs._within_sentence`; PolNeAR train, USA Today,
# was 'Susan Collins' alone).  Both now as PolNeAR marks them.
COORDINATED = [
    (
        "Indeed, while Trump, Ryan and RNC Chairman Reince Priebus have spent the last week trying to tell the "
        "country that there’s nothing to see here, the feud lives on.",
        [("tell", "Trump, Ryan and Reince Priebus", "Trump, Ryan and RNC Chairman Reince Priebus")],
    ),
    (
        "Democrats are targeting Republican senators up for reelection next year in swing states, among them Kelly "
        "Ayotte of New Hampshire, Ron Johnson of Wisconsin and Pat Toomey of Pennsylvania. Sens. Mark Kirk of "
        "Illinois and Susan Collins of Maine were the only Republicans to vote against the final version of the bill.",
        [("vote against", "Mark Kirk and Susan Collins", "Sens. Mark Kirk of Illinois and Susan Collins of Maine")],
    ),
    # One name after titles, with no "and" before them: alone, as before.
    ("Senate Majority Leader Mitch McConnell said it failed.", [("said", "Mitch McConnell", "Senate Majority Leader Mitch McConnell")]),
]


@pytest.mark.parametrize("text, expected", COORDINATED)
def test_coordinated_names_speak_together(text: str, expected: list[tuple]) -> None:
    assert [(c, spk, src) for c, spk, src, _ in attributions_of(text)] == expected


def test_coordinated_names_speak_together_from_framing_score(tmp_path) -> None:
    text = COORDINATED[0][0] + "\n"
    rows = scored_attributions(tmp_path, text)
    assert [(r["text"], r["speaker"], text[r["source"]["start"] : r["source"]["end"]]) for r in rows] == COORDINATED[0][1]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trump, Ryan and RNC Chairman Reince Priebus", "Trump, Ryan and |RNC Chairman Reince Priebus"),
        ("Trump and Sen. Ted Cruz", "Trump and |Sen. Ted Cruz"),
        ("Trump and the Ted Cruz", "Trump and the |Ted Cruz"),  # "the" is no title
    ],
)
def test_titles_start(text: str, expected: str) -> None:
    from framing.speaker_pairs import titles_start

    at = titles_start(text, text.index("Ted" if "Ted" in text else "Reince"))
    assert text[:at] + "|" + text[at:] == expected


@pytest.mark.xfail(reason="names coordinated before a relative clause ('Govs. Jeb Bush and Chris Christie, who say') are "
                   "not read together unless they open a clause; 'Govs.' is a title, no sentence end", strict=True)
def test_names_coordinated_before_who_speak_together() -> None:
    text = ("On CBS Monday, Rubio refrained from attacking his rivals, particularly Govs. Jeb Bush and Chris Christie, who "
            "say the freshman senator doesn't have the experience needed to be president.")
    assert [(c, spk) for c, spk, _, _ in attributions_of(text)][-1] == ("say", "Jeb Bush and Chris Christie")


def test_a_plural_title_ends_no_sentence(tmp_path) -> None:
    """'Govs.' inside a run of names is a title's stop, not a sentence's: the names after it do not
    open a clause of their own (PolNeAR train, Breitbart)."""
    text = ("On CBS Monday, Rubio refrained from attacking his rivals, particularly Govs. Jeb Bush and Chris Christie, who "
            "say the freshman senator doesn't have the experience needed to be president.\n")
    rows = scored_attributions(tmp_path, text)
    assert [(r["text"], r["speaker"], text[r["source"]["start"] : r["source"]["end"]]) for r in rows][-1] == (
        "say", "Chris Christie", "Chris Christie, who"
    )
