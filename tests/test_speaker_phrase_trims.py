"""The part of a source phrase that says who speaks (framing/speaker_phrase_trims.py): words
floating after a name, a clause after a name, a thing a named person made.  Rows: a phrase and
the words kept; then texts and the speaker of each attribution, through the pipeline and the CLI."""

from __future__ import annotations

import pytest

from framing.speaker_phrase_trims import body_name_start, speaker_part
from voice_cases import scored_attributions, speakers


@pytest.mark.parametrize(
    "phrase, kept",
    [
        ("Mr. Rubio only occasionally", "Mr. Rubio"),
        ("Fiorina a month", "Fiorina"),
        ("some Republicans as a", "some Republicans"),
        ("A Monmouth poll out", "A Monmouth poll"),
        ("networks and the Associated Press immediately", "networks and the Associated Press"),
        ("presidential nominee Hillary Clinton to make a controversial", "presidential nominee Hillary Clinton"),
        ("a speech Mrs. Clinton delivered", "Mrs. Clinton"),
        ("the statement Trump released", "Trump"),
        ("Protesters marching through the streets", "Protesters"),
        ("host John Dickerson whether his aim was similar to Kennedy's", "host John Dickerson"),
        ("an interview his brother Alastair Osman gave to ITV", "Alastair Osman"),
        ("a speech Mrs. Clinton delivered on Monday", "Mrs. Clinton"),
        ("dozens of papers ranging from such expected backers", "dozens of papers"),
        # As they were.
        ("the statement was coming from a candidate", "the statement was coming from a candidate"),
        ("groups representing Latinos", "groups representing Latinos"),
        ("Al From", "Al From"),  # a name ending in a word that is also a preposition
        ("Cruz's allies bristle at the", "Cruz's allies bristle at the"),  # no name before "at the"
        ("many Sanders supporters who came to Philadelphia to protest", "many Sanders supporters who came to Philadelphia to protest"),
        ("paths for Mr. Rubio to win the nomination", "paths for Mr. Rubio to win the nomination"),
        ("Alliance to Reclaim Our Schools", "Alliance to Reclaim Our Schools"),
        ("the family", "the family"),
        ("a speech in Ohio", "a speech in Ohio"),
        ("a statement Trump released praising the move", "a statement Trump released praising the move"),
        # A lone "his"/"their" before a thing said: whoever the pronoun is speaks through it.
        ("his statement", "his"),
        ("His comments", "His"),
        ("their remarks", "their"),
        ("her comments", "her comments"),  # ("her" may be an object: as it was)
        # A thing of someone's that came from a body: the thing, not the body ("Department of Law Enforcement").
        ("His criminal record from the Florida Department of Law Enforcement", "His criminal record"),
        ("their files from Interpol", "their files"),
        ("his lawyers from the firm", "his lawyers from the firm"),  # (no capitalised body: as it was)
        # A relative clause ending on a name: its head speaks, not the name it ends on ("Obama").
        ("Voters who backed Obama", "Voters"),
        ("Republican senators who met Trump", "Republican senators"),
    ],
)
def test_speaker_part(phrase: str, kept: str) -> None:
    words = phrase.split()
    a, b = speaker_part(words, [w.lower() for w in words])
    assert " ".join(words[a:b]) == kept


@pytest.mark.parametrize(
    "phrase, name, whole",
    [
        ("The Committee for a Responsible Federal Budget", "Responsible Federal Budget", "Committee for a Responsible Federal Budget"),
        ("the event organizer Alliance to Reclaim Our Schools", "Schools", "Alliance to Reclaim Our Schools"),
        # People, and names already whole.
        ("Cameron Easley for Morning Consult", "Morning Consult", None),
        ("Ross Eisenbrey of the Economic Policy Institute", "Economic Policy Institute", None),
        ("Mr. Morgan for the Sierra Club", "Sierra Club", None),
        ("infringing on the only Amendment the Founding Fathers", "Founding Fathers", None),
        ("Robert Mercer, a longtime Club for Growth donor", "Robert Mercer", None),
        ("Secretary of State Mike Pompeo", "Mike Pompeo", None),
        ("The Bank of America", "Bank of America", None),
    ],
)
def test_body_name_start(phrase: str, name: str, whole: str | None) -> None:
    words = phrase.split()
    start = body_name_start(words, [w.lower() for w in words], name)
    assert (None if start is None else " ".join(words[start:])) == whole


ROWS = [
    ("Republican senators who met Trump endorsed the plan, saying it would pass.", ["Republican senators", "Republican senators"]),
    (
        "Executives who have worked with Lachlan Murdoch say he does not readily advertise his views.",
        ["Executives"],
    ),
    (
        "His criminal record from the Florida Department of Law Enforcement indicates that he was arrested twice.",
        ["His criminal record"],
    ),
    ('Protesters marching through the streets chanted "What curfew?" until 2 a.m.', ["Protesters"]),
    (
        "Trump said the plan would work. The Committee for a Responsible Federal Budget reported that it would cost $150 billion.",
        ["Trump", "Committee for a Responsible Federal Budget"],
    ),
    (
        "Marco Rubio spoke in Miami. While others hurled insults at Mr. Trump, Mr. Rubio only occasionally disagreed with him.",
        ["Marco Rubio"],
    ),
    (
        "Hillary Clinton spoke in New York. The plan would tax the rich, according to a speech Mrs. Clinton delivered in July.",
        ["Hillary Clinton"],
    ),
    # The one who asks, not whoever the question names; the one asked answers the next "he".
    (
        "Bernie Sanders was asked by host John Dickerson whether his aim was similar to Kennedy's. "
        '"It is not," he said.',
        ["John Dickerson", "Bernie Sanders"],
    ),
    (
        "Richard Osman is believed to have been on the flight, according to an interview his brother Alastair Osman gave to ITV.",
        ["Alastair Osman"],
    ),
]


ROWS.append(
    # `His comments echoed ...`: Trump's comments, and the participles after them Trump's too.
    (
        "President Donald Trump spoke on Friday. His comments echoed those he has delivered at rallies, "
        "calling for unity but refusing to tone down his own rhetoric.",
        ["Donald Trump", "Donald Trump", "Donald Trump"],
    )
)


@pytest.mark.parametrize("text, expected", ROWS)
def test_the_speaker_is_who_speaks(text: str, expected: list) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", ROWS)
def test_the_speaker_is_who_speaks_from_framing_score(tmp_path, text: str, expected: list) -> None:
    assert [s["speaker"] for s in scored_attributions(tmp_path, "Talks\n\n" + text + "\n")] == expected


# A past verb after an adverb ends a description's phrase: it is the clause's verb, not part of
# who speaks ("Clinton campaign official later walked" was the speaker).
@pytest.mark.parametrize(
    "phrase, kept",
    [
        ("A Clinton campaign official later walked", "A Clinton campaign official"),
        ("the aide quickly reversed", "the aide"),
        ("the report later released", "the report"),  # (as before: an adverb, then its verb)
        ("A court document filed", "A court document filed"),  # no adverb: a participle, read elsewhere
    ],
)
def test_a_verb_after_an_adverb_is_dropped(phrase: str, kept: str) -> None:
    words = phrase.split()
    a, b = speaker_part(words, [w.lower() for w in words])
    assert " ".join(words[a:b]) == kept


_WALKED_BACK = "A Clinton campaign official later walked back the comments, saying that Clinton had no video in mind."


def test_a_verb_after_an_adverb_through_the_pipeline(tmp_path) -> None:
    assert speakers(_WALKED_BACK) == ["Clinton campaign official", "Clinton campaign official"]
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "Test\n\n" + _WALKED_BACK + "\n")] == [
        ("back", "Clinton campaign official"),
        ("saying", "Clinton campaign official"),
    ]


def test_his_comments_from_framing_score(tmp_path) -> None:
    """`framing score`: HuffPost's "His comments echoed ..., calling for unity but refusing to tone
    down his own inflammatory rhetoric" credits Donald Trump (the speaker was "His comments")."""
    text = (
        "President Donald Trump spoke on Friday. His comments echoed those he has delivered at rallies, "
        "calling for unity but refusing to tone down his own inflammatory rhetoric.\n"
    )
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["speaker"]) for s in spans] == [
        ("echoed", "Donald Trump"), ("calling for", "Donald Trump"), ("refusing", "Donald Trump")]
