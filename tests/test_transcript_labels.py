"""A transcript's speaker labels (framing/transcript_labels.py): each is an attribution whose
speaker is named as the article names that person elsewhere ("TRUMP" -> "Donald Trump"), else
the label in title case; a speaker nobody identifies is anonymous."""

from __future__ import annotations

import pytest

from framing.transcript_labels import title_case
from voice_cases import attributions_of

# Two turns make a transcript; `{label}` is the label under test, answered by Tapper.
TEMPLATE = "Debate night\n\n{lede}\n\n{label}: It is a disgrace, frankly.\n\nTAPPER: Thank you, sir.\n"
LEDE = "Jake Tapper spoke on Sunday with Donald Trump and Mitch McConnell about the race."


@pytest.mark.parametrize(
    ("lede", "label", "speaker"),
    [
        (LEDE, "TRUMP", "Donald Trump"),  # the fullest name the article gives
        (LEDE, "MR. TRUMP", "Donald Trump"),  # the title is no part of it
        (LEDE, "MCCONNELL", "Mitch McConnell"),
        ("No names here.", "MCCONNELL", "McConnell"),  # no full name: the label in title case
        ("No names here.", "WALLACE", "Wallace"),
        ("No names here.", "O'ROURKE", "O'Rourke"),
        ("No names here.", "BILL DE BLASIO", "Bill de Blasio"),
        # A guest's first label, with party tag and role: the name alone.
        ("No names here.", "SEN. TED CRUZ (R-TX), PRESIDENTIAL CANDIDATE", "Ted Cruz"),
        ("No names here.", "CHRIS WALLACE, FOX NEWS ANCHOR", "Chris Wallace"),
        # Speakers nobody identifies.
        ("No names here.", "UNIDENTIFIED MALE", "anonymous"),
        ("No names here.", "UNKNOWN", "anonymous"),
        ("No names here.", "QUESTION", "anonymous"),
    ],
)
def test_a_label_names_its_speaker(lede, label, speaker):
    text = TEMPLATE.format(lede=lede, label=label)
    labels = [a for a in attributions_of(text) if a[1] == "colon"]
    assert [(a[2], a[3], a[4]) for a in labels] == [
        (speaker, label, "It is a disgrace, frankly"),  # the source: the label as written
        ("Jake Tapper" if "Jake" in lede else "Tapper", "TAPPER", "Thank you, sir"),
    ]


def test_a_one_word_label_is_the_fuller_label_before_it():
    text = "Talks\n\nJAKE TAPPER: Welcome.\n\nSEN. TED CRUZ (R-TX), CANDIDATE: Thank you.\n\nTAPPER: Your plan?\n\nCRUZ: A wall.\n"
    assert [a[2] for a in attributions_of(text)] == ["Jake Tapper", "Ted Cruz", "Jake Tapper", "Ted Cruz"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Breitbart's layout: a quotation mark opens each paragraph; the turn is the text after the label.
        (
            '"WALLACE: Let’s start with the debate.\n\n"PENCE: Well, look, it is an episode.',
            [(":", "colon", "Wallace", "WALLACE", "Let’s start with the debate"),
             (":", "colon", "Pence", "PENCE", "Well, look, it is an episode")],
        ),
        # A turn over two paragraphs is one content, as PolNeAR's annotators mark it.
        (
            "Talks\n\nWALLACE: Your view?\n\nPENCE: Well, look.\n\nAnd I think it is an episode.\n\nWALLACE: Thanks.",
            [(":", "colon", "Wallace", "WALLACE", "Your view"),
             (":", "colon", "Pence", "PENCE", "Well, look.\n\nAnd I think it is an episode"),
             (":", "colon", "Wallace", "WALLACE", "Thanks")],
        ),
        # One label is no transcript: its line only, its speaker as the words read.
        ("Talks\n\nWALLACE: Your view is an episode.\n\nAnd so it is.", [(":", "colon", "WALLACE", "WALLACE", "Your view is an episode")]),
        # Four words before the colon are a kicker's, not a name (PolNeAR train).
        ("Talks\n\nSTAT OF THE WEEK: $43 million.\n\nWALLACE: Thanks.\n\nPENCE: Sure.", [
            (":", "colon", "Wallace", "WALLACE", "Thanks"), (":", "colon", "Pence", "PENCE", "Sure")]),
        # A label whose words are all kickers' (`EDITOR'S NOTE`) names no one.
        ("Talks\n\nEDITOR’S NOTE: This was updated.\n\nWALLACE: Thanks.", [(":", "colon", "WALLACE", "WALLACE", "Thanks")]),
    ],
)
def test_label_attributions(text, expected):
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("word", "first", "expected"),
    [
        ("TAPPER", True, "Tapper"),
        ("MCCONNELL", True, "McConnell"),
        ("MACDONALD", True, "Macdonald"),  # "Mac" left alone: Mack, Mace
        ("O'ROURKE", True, "O'Rourke"),
        ("SEITZ-WALD", True, "Seitz-Wald"),
        ("DE", False, "de"),
        ("DE", True, "De"),
        ("III", False, "III"),
        ("J.", False, "J."),
    ],
)
def test_title_case(word, first, expected):
    assert title_case(word, first) == expected
