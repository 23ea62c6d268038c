"""Whole subjects as speakers: a plural noun opening its sentence before a place phrase
(framing/subject_phrases.py `opening_plural`, framing/phrase_names.py) and names coordinated after
a fronted phrase (framing/speaker_pairs.py).  Rows: a text and its attributions as (cue, speaker,
source, content), exact substrings, through `framing.analyze`."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_attributions as attributions_of, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
        # A plural noun capitalised only as the sentence's first word: the place phrase after it
        # is part of who speaks (was cut to "Majorities", "Democrats", or the place: "Senate").
        (
            "Voters want less. Majorities in many European countries say the plan is dead.",
            [("want", "Voters", "Voters", "less"), ("say", "Majorities in many European countries", "Majorities in many European countries", "the plan is dead")],
        ),
        (
            "Democrats in Congress said the plan was dead.",
            [("said", "Democrats in Congress", "Democrats in Congress", "the plan was dead")],
        ),
        (
            "Republicans in the Senate said the plan was dead.",
            [("said", "Republicans in the Senate", "Republicans in the Senate", "the plan was dead")],
        ),
        # As before: an unnamed source stays anonymous; a person, then where they were.
        (
            "Officials in Kyiv said the plan was dead.",
            [("said", "anonymous", "Officials", "the plan was dead")],
        ),
        (
            "Bernie Sanders spoke first. Sanders in Iowa said the plan was dead.",
            [("said", "Bernie Sanders", "Sanders", "the plan was dead")],
        ),
        (
            "Lavrov in Moscow said the plan was dead.",
            [("said", "Lavrov", "Lavrov", "the plan was dead")],
        ),
    ],
)
def test_a_plural_opening_keeps_its_place_phrase(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


def test_a_plural_opening_from_framing_score(tmp_path) -> None:
    text = "Europe\n\nMajorities in many European countries say the plan is dead.\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [
        ("say", "Majorities in many European countries"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Names coordinated after a fronted phrase and its comma are one speaker, as they are
        # opening a sentence (was the last name only: "Germany", "Jones").
        (
            "Ahead of Friday's meeting, France and Germany unveiled a proposal for closer cooperation.",
            [("unveiled", "France and Germany", "France and Germany", "a proposal for closer cooperation")],
        ),
        (
            "On Friday, Smith and Jones said they would cooperate.",
            [("said", "Smith and Jones", "Smith and Jones", "they would cooperate")],
        ),
        (
            "In a joint statement, Mr. Grassley and Mr. Leahy said the bill was dead.",
            [("said", "Grassley and Leahy", "Mr. Grassley and Mr. Leahy", "the bill was dead")],
        ),
        (
            "On Friday, Britain, France and Germany said the plan was dead.",
            [("said", "Britain, France and Germany", "Britain, France and Germany", "the plan was dead")],
        ),
        # As before: at a sentence start; and two clauses joined by ", and" are no pair.
        (
            "France and Germany said the plan was dead.",
            [("said", "France and Germany", "France and Germany", "the plan was dead")],
        ),
        (
            "Obama met Merkel, and Macron said the plan was dead.",
            [("said", "Macron", "Macron", "the plan was dead")],
        ),
    ],
)
def test_names_coordinated_after_a_fronted_phrase_speak_together(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


def test_names_coordinated_after_a_fronted_phrase_from_framing_score(tmp_path) -> None:
    text = "Europe\n\nAhead of Friday's meeting, France and Germany unveiled a proposal for closer cooperation.\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("unveiled", "France and Germany")]


# A noun in -ly before a cue ("family", "ally") is the subject's head, not an adverb stepped
# over: "Scott's family said" is the family (was the source "Scott's" and the speaker Keith
# Lamont Scott, the man shot).  Rows: a text and its attributions as (cue, speaker, source, content).
LY_NOUNS = [
    (
        "Keith Lamont Scott was shot on Tuesday. Scott's family has called on police to release the footage.",
        [("called on", "Scott's family", "Scott's family", "police to release the footage")],
    ),
    (
        "Hillary Clinton spoke on Monday. A Clinton ally suggested the plan was dead.",
        [("suggested", "Clinton ally", "A Clinton ally", "the plan was dead")],
    ),
    # As before: an adverb in -ly is stepped over.
    ("Trump repeatedly said the plan was dead.", [("said", "Trump", "Trump", "the plan was dead")]),
]


@pytest.mark.parametrize("text, expected", LY_NOUNS)
def test_a_noun_in_ly_is_the_subjects_head(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


def test_a_noun_in_ly_is_the_subjects_head_from_framing_score(tmp_path) -> None:
    text, expected = LY_NOUNS[0]
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "Charlotte\n\n" + text + "\n")] == [e[:2] for e in expected]


# "who’s" (who has) after a name and a comma is a relative pronoun as "who" is: the name before it
# speaks (was the speaker "who’s"); after a dash, the pronoun alone names no one.  Rows: a text
# and its attributions as (cue, speaker, source, content).
CONTRACTED_WHO = [
    (
        "The effort was led by Curly Haugland, who’s argued for years that delegates can’t be bound.",
        [("argued", "Curly Haugland", "Curly Haugland, who", "for years that delegates can’t be bound")],
    ),
    (
        "It is an issue, with Hillary Clinton — who’s called for big tax hikes on the rich — lambasting the plan.",
        [("called for", None, "who", "big tax hikes on the rich — lambasting the plan")],
    ),
    # As before: "who has".
    (
        "The effort was led by Curly Haugland, who has argued for years that delegates can’t be bound.",
        [("argued", "Curly Haugland", "Curly Haugland, who", "for years that delegates can’t be bound")],
    ),
]


@pytest.mark.parametrize("text, expected", CONTRACTED_WHO)
def test_who_s_after_a_name_is_the_name(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


def test_who_s_after_a_name_is_the_name_from_framing_score(tmp_path) -> None:
    text, expected = CONTRACTED_WHO[0]
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "Delegates\n\n" + text + "\n")] == [e[:2] for e in expected]


# "so far" / "thus far" between a subject and its cue is stepped over as an adverb is: the
# subject speaks (was the speaker "far").  Rows: a text and its attributions as (cue, speaker,
# source, content).
SO_FAR = [
    (
        "The president has so far declined to approve the pipeline.",
        [("declined", "president", "The president", "to approve the pipeline")],
    ),
    ("Sanders thus far has said little.", [("said", "Sanders", "Sanders", "little")]),
    # As before: "so" alone.
    ("Trump so said the deal was bad.", [("said", "Trump", "Trump", "the deal was bad")]),
]


@pytest.mark.parametrize("text, expected", SO_FAR)
def test_so_far_before_the_cue_is_stepped_over(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


def test_so_far_before_the_cue_from_framing_score(tmp_path) -> None:
    text, expected = SO_FAR[0]
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "Pipeline\n\n" + text + "\n")] == [e[:2] for e in expected]


# A subject longer than the backward scan reaches came out opening with "of": it is widened back
# to its head noun and up to two words before it (was the speaker "of the push to boycott ...",
# "of an entrance poll ...").  Rows: a text and its attributions as (cue, speaker, source, content).
HEAD_BEFORE_OF = [
    (
        "Organizers of the push to boycott Trump's AIPAC speech said they are worried.",
        [("said", "Organizers of the push to boycott Trump's AIPAC speech", "Organizers of the push to boycott Trump's AIPAC speech", "they are worried")],
    ),
    (
        "Early results of an entrance poll of Nevada Democratic caucus-goers are showing that Clinton won women.",
        [("showing", "Early results of an entrance poll of Nevada Democratic caucus-goers", "Early results of an entrance poll of Nevada Democratic caucus-goers", "Clinton won women")],
    ),
    # Not back over the comma after a fronted phrase.
    (
        "On Tuesday, both of Trump's remaining rivals for the GOP nomination criticized his handling of the incident.",
        [("criticized", "both of Trump's remaining rivals for the GOP nomination", "both of Trump's remaining rivals for the GOP nomination", "his handling of the incident")],
    ),
]


@pytest.mark.parametrize("text, expected", HEAD_BEFORE_OF)
def test_a_long_subject_keeps_its_head_before_of(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


def test_a_long_subject_keeps_its_head_before_of_from_framing_score(tmp_path) -> None:
    text, expected = HEAD_BEFORE_OF[0]
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "AIPAC\n\n" + text + "\n")] == [e[:2] for e in expected]


# A phrase of when opening a participle's clause after a comma (`at one point`, `at times`) is no
# subject: the clause before it speaks (was the speaker "one point", "times").  Rows: a text and
# its attributions as (cue, speaker, source, content).
POINT_IN_TIME = [
    (
        "Chris Christie has battled with Guardian over the finances, at one point calling the mayor a liar.",
        [("calling", "Chris Christie", "Chris Christie", "the mayor a liar")],
    ),
    ("Trump spoke for an hour, in the end saying he would win.", [("saying", "Trump", "Trump", "he would win")]),
    # A place phrase opening the participle's clause is no subject either (was "Ohio").
    ("Trump spoke, in Ohio saying he would win.", [("saying", "Trump", "Trump", "he would win")]),
    ("Trump spoke for an hour, at Mar-a-Lago saying he would win.", [("saying", "Trump", "Trump", "he would win")]),
]


@pytest.mark.parametrize("text, expected", POINT_IN_TIME)
def test_a_phrase_of_when_before_a_participle_is_no_subject(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize("row", [0, 2])
def test_a_phrase_of_when_before_a_participle_from_framing_score(tmp_path, row: int) -> None:
    text, expected = POINT_IN_TIME[row]
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "Atlantic City\n\n" + text + "\n")] == [e[:2] for e in expected]


# A source phrase that is a lower-case participle and its preposition names no one, and is no
# person a later "he" goes back to (was the speaker "warning against", then "he" read as it).
# Rows: a text and its attributions as (cue, speaker, source, content).
PARTICIPLE_WORDS = [
    (
        'Trump says in the spot titled "Dangerous," warning against allowing in the refugees. '
        "On Thursday, he expanded upon his calls for surveillance, warning followers that the group could strike.",
        [
            ("says", "Trump", "Trump", 'in the spot titled "Dangerous,"'),
            ("warning", "Trump", "Trump", "against allowing in the refugees"),
            ("allowing", None, "warning against", '"Dangerous,"'),
            ("warning", "Trump", "he", "the group could strike"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", PARTICIPLE_WORDS)
def test_a_participle_and_its_preposition_name_no_one(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


def test_a_participle_and_its_preposition_name_no_one_from_framing_score(tmp_path) -> None:
    text, expected = PARTICIPLE_WORDS[0]
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "Ad\n\n" + text + "\n")] == [e[:2] for e in expected]



# An adverb set off by commas between a name and its appositive (`Sanders, meanwhile, who ...,
# said`) is stepped over to the name (was the source "meanwhile", no speaker).  Rows: a text and
# its attributions as (cue, speaker, source, content).
FLOATING_ADVERBS = [
    (
        "Sanders, meanwhile, who sits at zero such endorsements, said that fact speaks volumes.",
        [("said", "Sanders", "Sanders", "fact speaks volumes")],
    ),
    (
        "Bernie Sanders, however, the senator from Vermont, said he would stay in.",
        [("said", "Bernie Sanders", "Bernie Sanders", "he would stay in")],
    ),
    # As before: no adverb.
    (
        "Sanders, who sits at zero such endorsements, said that fact speaks volumes.",
        [("said", "Sanders", "Sanders", "fact speaks volumes")],
    ),
]


@pytest.mark.parametrize("text, expected", FLOATING_ADVERBS)
def test_an_adverb_before_an_appositive_is_stepped_over(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


def test_an_adverb_before_an_appositive_from_framing_score(tmp_path) -> None:
    text, expected = FLOATING_ADVERBS[0]
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "Endorsements\n\n" + text + "\n")] == [e[:2] for e in expected]


# A day after a name drops from the speaker with the words that led to it (`during a`): was
# "Sanders during a".  Rows: a text and its attributions as (cue, speaker, source, content).
DAY_AFTER_A_NAME = [
    (
        "Sanders during a Sunday thanked its members for their support.",
        [("thanked", "Sanders", "Sanders during a Sunday", "its members for their support")],
    ),
    # As before.
    ("Trump on Monday said the plan was dead.", [("said", "Trump", "Trump", "the plan was dead")]),
]


@pytest.mark.parametrize("text, expected", DAY_AFTER_A_NAME)
def test_a_day_after_a_name_leaves_the_name(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


def test_a_day_after_a_name_from_framing_score(tmp_path) -> None:
    text, expected = DAY_AFTER_A_NAME[0]
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "Nurses\n\n" + text + "\n")] == [e[:2] for e in expected]
