"""The subject of a cue after a dash aside or a bracket (framing/aside_subjects.py): the phrase
before the aside's opening mark, back to the sentence start.  Each row is a text and its
attributions as (cue, verb, speaker, source, content), exact substrings, through `framing.analyze`."""

from __future__ import annotations

import pytest

from voice_cases import attributions_of, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
        # The subject before a dash aside or a parenthesis that ends right before the cue.
        (
            "Democrats — and some Republicans — say that Trump’s alienation of voters outweighs his gains.",
            [("say", "say", "Democrats", "Democrats", "Trump’s alienation of voters outweighs his gains")],
        ),
        (
            "Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision.",
            [("says", "say", "Jason Sims", "Jason Sims", "he made a last-minute decision")],
        ),
        (
            "Kasich (who has 25 delegates to date) said it is possible for him to win.",
            [("said", "say", "Kasich", "Kasich", "it is possible for him to win")],
        ),
        (
            "Many speakers at the service — including Muslims, Christians — said the attack was evil.",
            [("said", "say", "Many speakers at the service", "Many speakers at the service", "the attack was evil")],
        ),
        # An aside inside a clause that does not start the sentence gives no trusted subject.
        ("The economy — by most measures — grew last year.", []),
    ],
)
def test_subject_across_an_aside(text, expected):
    assert attributions_of(text) == expected


def test_the_subject_before_an_aside_from_framing_score(tmp_path) -> None:
    text = "Wall\n\nDemocrats — and some Republicans — say the plan is bad.\n"
    assert [
        (s["text"], s["speaker"], text[s["source"]["start"] : s["source"]["end"]]) for s in scored_attributions(tmp_path, text)
    ] == [("say", "Democrats", "Democrats")]


# A name the subject goes by, in quotation marks right before the cue: the quotation is no
# quoted speech of an inverted tag (was: content "“Guccifer,”", source the that-clause, no
# speaker).  The person named before it speaks, or the name itself.  Rows: a text and its
# attributions as (cue, verb, speaker, source, content).  "known" there is no cue of its own (it
# was, crediting "Marcel Lazăr Lehel, the hacker" with the words `as “Guccifer,”`): PolNeAR train
# marks only "stated" there, with the whole phrase as its source (`name_known_by`).
KNOWN_AS = [
    (
        "Marcel Lazăr Lehel, the hacker known as “Guccifer,” stated that he had access to the server.",
        [("stated", "state", "Marcel Lazăr Lehel", "Marcel Lazăr Lehel", "he had access to the server")],
    ),
    (
        'A Romanian hacker known as "Guccifer," stated that he had access to the server.',
        [("stated", "state", "Guccifer", 'A Romanian hacker known as "Guccifer', "he had access to the server")],
    ),
    (
        'Marcel Lehel, a hacker known as "Guccifer," said he had accessed the server.',
        [("said", "say", "Marcel Lehel", "Marcel Lehel", "he had accessed the server")],
    ),
]


@pytest.mark.parametrize("text, expected", KNOWN_AS)
def test_a_name_known_as_before_the_cue_is_no_quotation(text, expected):
    assert attributions_of(text) == expected


@pytest.mark.parametrize("text, expected", KNOWN_AS)
def test_a_name_known_as_before_the_cue_from_framing_score(tmp_path, text, expected) -> None:
    spans = scored_attributions(tmp_path, "Hacker\n\n" + text + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [(cue, speaker) for cue, _, speaker, _, _ in expected]



# A name, its description up to "who", that clause, then a dash aside before the cue: the name
# speaks (Fox, BASIL f75f0ffe: "told" had no speaker).  The words right after "who" are its
# clause, no subject (was "worked in Ohio"); a time opening the sentence is no name.
NAME_BEFORE_WHO = [
    (
        'James Fitzgerald, a retired FBI profiler and forensic linguist who, in 1996, helped catch "Unabomber" Ted '
        "Kaczynski -- who killed 3 people and injured 23 in bombings between 1978 and 1995 -- told Fox News on "
        "Wednesday that the letter was like the Unabomber's.",
        [(
            "told", "tell", "James Fitzgerald", "James Fitzgerald, a retired FBI profiler and forensic linguist",
            "the letter was like the Unabomber's",
        )],
    ),
    (
        "John Smith, a former aide who worked in Ohio — which he left in 2010 — said it failed.",
        [("said", "say", "John Smith", "John Smith, a former aide", "it failed")],
    ),
    ("On Monday, officials who met the governor of Ohio — which he left in 2010 — said it failed.", [("said", "say", None, None, "it failed")]),
    # ... and a cue after a comma closing the "who" clause (HuffPost, PolNeAR train: was "AfroSpear",
    # source "was a Ft. Worth member of the AfroSpear").
    (
        "Eddie Griffin, who at the time was a Ft. Worth member of the AfroSpear, a group of black bloggers, said he agreed.",
        [("said", "say", "Eddie Griffin", "Eddie Griffin", "he agreed")],
    ),
    ("John Smith, a former aide who worked in Ohio, said it failed.", [("said", "say", "John Smith", "John Smith, a former aide", "it failed")]),
]


@pytest.mark.parametrize("text, expected", NAME_BEFORE_WHO)
def test_a_name_described_up_to_who_speaks_after_the_aside(text, expected):
    assert attributions_of(text) == expected


@pytest.mark.parametrize("text, expected", NAME_BEFORE_WHO)
def test_a_name_described_up_to_who_from_framing_score(tmp_path, text, expected) -> None:
    spans = scored_attributions(tmp_path, "Letter\n\n" + text + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [(cue, speaker) for cue, _, speaker, _, _ in expected]


# A name, then one aside of circumstance set off by commas (a prepositional or participle phrase),
# then the cue: the name is the subject, the words after the cue its complement, not an inverted
# source (`aside_subjects.name_before_circumstance`).  BASIL 87609973, NYT: the speaker was
# "Mr. Comey’s disclosure hurt her campaign’s momentum and helped Mr", a piece of the content.
NAME_BEFORE_CIRCUMSTANCE = [
    (
        "The emails are a sore spot for Hillary Clinton. Mrs. Clinton, in a book released last year, said Mr. Comey’s "
        "disclosure hurt her campaign’s momentum and helped Mr. Trump win the election.",
        [(
            "said", "say", "Hillary Clinton", "Mrs. Clinton",
            "Mr. Comey’s disclosure hurt her campaign’s momentum and helped Mr. Trump win the election",
        )],
    ),
    ("Mr. Obama, at a rally in Ohio, said the plan had failed.", [("said", "say", "Obama", "Mr. Obama", "the plan had failed")]),
    (
        "Trump, speaking to reporters on Tuesday, said the plan had failed.",
        [("said", "say", "Trump", "Trump", "the plan had failed")],
    ),
    # A clause before the comma is a postposed tag's content, as before.
    ("The plan failed, in the end, said the minister.", [("said", "say", "minister", "the minister", "The plan failed, in the end")]),
]


@pytest.mark.parametrize("text, expected", NAME_BEFORE_CIRCUMSTANCE)
def test_a_name_before_an_aside_of_circumstance_speaks(text, expected):
    assert attributions_of(text) == expected


@pytest.mark.parametrize("text, expected", NAME_BEFORE_CIRCUMSTANCE)
def test_a_name_before_an_aside_of_circumstance_from_framing_score(tmp_path, text, expected) -> None:
    spans = scored_attributions(tmp_path, "Letter\n\n" + text + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [(cue, speaker) for cue, _, speaker, _, _ in expected]
