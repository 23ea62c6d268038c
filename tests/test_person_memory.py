"""The article's memory of people (framing/person_memory.py): the fullest form of a name, whether
a lone word may be a person, and the last person named before a pronoun, weighed by gender."""

from __future__ import annotations

import pytest

from framing.person_memory import PersonMemory, owner_named
from voice_cases import analyzed_attributions, scored_attributions, speakers

TEXT = (
    "Foreign Minister Sergey Lavrov met Barbara Bush and George Bush in Ankara. "
    "Officials said Lavrov spoke first. Mr. Bush answered. Central European leaders watched. "
    "Ms. Bush left early."
)


@pytest.mark.parametrize(
    "name, full",
    [
        ("Lavrov", "Sergey Lavrov"),  # widened to the full name the article gives
        ("Bush", "Barbara Bush"),  # the first full name, as asked without a title
        ("European", "European"),  # "Central European" opens with an adjective, no given name
        ("Ankara", "Ankara"),
    ],
)
def test_full_name(name, full):
    assert PersonMemory(TEXT, frozenset()).full_name(name) == full


@pytest.mark.parametrize("name, gender, full", [("Bush", "m", "George Bush"), ("Bush", "f", "Barbara Bush"), ("Bush", None, "Barbara Bush")])
def test_full_name_for_a_gendered_title(name, gender, full):
    assert PersonMemory(TEXT, frozenset()).full_name_for(name, gender) == full


@pytest.mark.parametrize(
    "title, full",
    [("minister", "Sergey Lavrov"), ("president", "Sergey Lavrov")],  # no Lavrov titled president: the first
)
def test_full_name_for_a_title_prefers_the_name_written_with_it(title, full):
    assert PersonMemory(TEXT, frozenset()).full_name_for("Lavrov", None, title) == full


def test_a_title_picks_among_full_names_of_one_surname():
    text = "Michelle Obama spoke. President Barack Obama arrived. Later Obama left."
    memory = PersonMemory(text, frozenset())
    assert memory.full_name_for("Obama", None) == "Michelle Obama"
    assert memory.full_name_for("Obama", None, "president") == "Barack Obama"


@pytest.mark.parametrize(
    "text, expected",
    [
        # No full name written after the title: "President" is not the wife who shares the surname.
        ("Michelle Obama spoke. Later President Obama left.", "Obama"),
        ("Michelle Obama spoke. Barack Obama listened. Later President Obama left.", "Barack Obama"),
        ("Hillary Clinton spoke. Bill Clinton listened. Later President Clinton left.", "Bill Clinton"),
        # A full name written after the title is taken first, whoever holds it.
        ("Michelle Bachelet spoke. President Michelle Bachelet arrived. Later President Bachelet left.", "Michelle Bachelet"),
    ],
)
def test_a_president_is_not_the_spouse_sharing_the_surname(text, expected):
    surname = text.rsplit(" ", 2)[-2]
    assert PersonMemory(text, frozenset()).full_name_for(surname, None, "president") == expected


@pytest.mark.parametrize(
    "name, expected",
    [("Lavrov", True), ("Officials", False), ("Ankara", False), ("Sergey Lavrov", True), ("Minister", False)],
)
def test_is_person(name, expected):
    assert PersonMemory(TEXT, frozenset({"officials"})).is_person(name) is expected


def test_last_person_is_weighed_by_gender():
    memory = PersonMemory(TEXT, frozenset())
    for name in ("Sergey Lavrov", "Barbara Bush", "George Bush"):
        memory.note_person(TEXT.index(name), name)
    end = len(TEXT)
    assert memory.last_person(end) == "George Bush"
    assert memory.last_person(end, "she") == "Barbara Bush"
    assert memory.last_person(TEXT.index("Barbara")) == "Sergey Lavrov"
    assert memory.last_person(0) is None


def test_a_dateline_or_a_body_is_no_person_noted():
    memory = PersonMemory(TEXT, frozenset())
    memory.note_person(0, "DES MOINES")
    memory.note_person(5, "Indiana GOP")
    memory.note_person(17, "Sergey Lavrov")
    memory.note_person(90, "Lavrov")  # after "Sergey Lavrov" was named: the same person, in full
    assert memory.persons == [(17, "Sergey Lavrov"), (90, "Sergey Lavrov")]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Trump rejects the plan\n\nPresident Trump met the governors.", "Trump", True),
        ("Boehner spoke. Speaker Boehner left.", "Boehner", True),
        ("Ms. Warren spoke.", "Warren", True),
        ("Senate rejects the plan\n\nThe Senate met. The Senate Majority Leader spoke.", "Senate", False),
        ("Trump rejects the plan\n\nThe governors met.", "Trump", False),
    ],
)
def test_titled_elsewhere(text, name, expected):
    assert PersonMemory(text, frozenset()).titled_elsewhere(name) is expected


# A described person ("a spokeswoman", "a senior official") is a referent of a later "he" or
# "she" when the description's words leave the gender open or give the pronoun's; else the
# pronoun goes back past them to the most recent person who fits.  Rows: a text and the speaker
# of each attribution, through the pipeline and `framing score`.
GENDERED_DESCRIPTIONS = [
    (
        'Mr. Smith spoke first. A spokeswoman for the ministry said the talks had stalled. "We are not close," he added.',
        ["anonymous", "Smith"],
    ),
    (
        'Ms. Jones spoke first. A spokeswoman for the ministry said the talks had stalled. "We are not close," she added.',
        ["anonymous", "anonymous"],
    ),
    ('A spokeswoman for the ministry said the talks had stalled. "We are not close," he added.', ["anonymous", None]),
    # Gender-unknown: the most recent person described fits either pronoun.
    ('John Smith spoke first. A senior official said the talks had stalled. "We are not close," she added.', ["anonymous", "anonymous"]),
    (
        'A senior official said the talks had stalled. Mr. Smith said they were over. "We are not close," she added.',
        ["anonymous", "Smith", "anonymous"],
    ),
    # A titled person of the pronoun's gender is still found first.
    ('Ms. Jones said the talks had stalled. Mr. Smith said they were over. "We are not close," she added.', ["Jones", "Smith", "Jones"]),
]


def test_last_person_passes_a_description_of_the_other_gender():
    text = "Mr. Smith spoke. A spokeswoman said so. He added more."
    memory = PersonMemory(text, frozenset())
    memory.note_person(text.index("Smith"), "Smith")
    memory.note_description(text.index("A spokeswoman"), "anonymous", "f")
    at = text.index("He")
    assert (memory.last_person(at, "he"), memory.last_person(at, "she"), memory.last_person(at)) == ("Smith", "anonymous", "anonymous")


@pytest.mark.parametrize("text, expected", GENDERED_DESCRIPTIONS)
def test_a_pronoun_goes_to_the_last_person_of_its_gender(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", GENDERED_DESCRIPTIONS[:1] + GENDERED_DESCRIPTIONS[4:5])
def test_a_pronoun_goes_to_the_last_person_of_its_gender_from_framing_score(tmp_path, text, expected):
    assert [s["speaker"] for s in scored_attributions(tmp_path, "Talks\n\n" + text + "\n")] == expected


# A lone surname is the person last named in full with it nearby, when that full name opens with
# a given name; else (and when the article's opening names the surname: its main person) the
# article's first full name.  Rows: a text and the speaker of each attribution.
LEDE = (
    "The Latest on the campaign.\n\nThe candidates spent the week in the states that will decide the race, "
    "and their running mates met voters in towns across the Midwest. The race was close in Ohio, "
    "Pennsylvania and Florida, and both campaigns bought more television time for the final month of the race.\n\n"
)
RECENT_NAMES = [
    (
        LEDE + "Gary Johnson spoke in Ohio on Monday about taxes and trade. "
        "Homeland Security Secretary Michael Johnson says hackers tried to enter state systems. Johnson said the systems held.",
        ["Michael Johnson", "Michael Johnson"],
    ),
    # The surname in the headline: its person, though a relative was named just before.
    (
        "Trump's Son Says The Battle Will Be Hard.\n\nDonald Trump began tweeting on Monday about taxes and trade. "
        "Eric Trump, his son, spoke on Tuesday. Later that day Trump tweeted that it would be fun.",
        ["Son", "Donald Trump", "Donald Trump"],
    ),
]


@pytest.mark.parametrize("text, expected", RECENT_NAMES)
def test_a_lone_surname_is_the_person_named_in_full_nearby(text, expected):
    assert speakers(text) == expected


def test_a_lone_surname_is_the_person_named_in_full_nearby_from_framing_score(tmp_path):
    text, expected = RECENT_NAMES[0]
    assert [s["speaker"] for s in scored_attributions(tmp_path, text + "\n")] == expected


# A full name ending a sentence, another apostrophe, a particle capitalised by the sentence start:
# still the fuller name a lone one widens to.  Rows: a text and the speaker of each attribution.
WIDENED_NAMES = [
    (
        "The blast was intentional, according to NYPD Commissioner James O’Neill. No one died, O'Neill said.",
        ["James O’Neill", "James O’Neill"],
    ),
    ("The talks were led by Gov. Mike Pence. They had failed, Pence said.", ["Mike Pence"]),
    ("De Blasio spoke first. Mayor Bill de Blasio said the blast was intentional. De Blasio said no one died.", ["Bill de Blasio", "Bill de Blasio"]),
]


@pytest.mark.parametrize("text, expected", WIDENED_NAMES)
def test_a_lone_name_widens_to_the_full_name(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", WIDENED_NAMES[:1])
def test_a_lone_name_widens_to_the_full_name_from_framing_score(tmp_path, text, expected):
    assert [s["speaker"] for s in scored_attributions(tmp_path, "Blast\n\n" + text + "\n")] == expected


# A lone word of a body or a crowd opening a sentence ("Police officials said") is no person a
# later "he" or "she" stands for.
BODY_SUBJECTS = [
    ('Michelle Fields spoke first. Police officials said a second device was found. "Nobody knows what happened," she said.', ["anonymous", "Michelle Fields"]),
    ('Police officials said a second device was found. "Nobody knows what happened," he said.', ["anonymous", None]),
]


@pytest.mark.parametrize("name", ["Police", "Pentagon", "Congress"])
def test_a_body_word_is_no_person(name):
    assert PersonMemory(f"{name} officials said so. {name} spoke.", frozenset()).is_person(name) is False


@pytest.mark.parametrize("text, expected", BODY_SUBJECTS)
def test_a_pronoun_does_not_go_to_a_body_word(text, expected):
    assert speakers(text) == expected


def test_a_pronoun_does_not_go_to_a_body_word_from_framing_score(tmp_path):
    text, expected = BODY_SUBJECTS[0]
    assert [s["speaker"] for s in scored_attributions(tmp_path, "Blast\n\n" + text + "\n")] == expected


# A full name written with a possessive inside a longer run (`Rep. Alan Grayson's Senate
# campaign`) names its person: a later lone "Grayson" is he, not a Grayson named in full only
# after it, and a "he" opening the next sentence is he.  Rows: a text and, for each attribution
# span `framing.analyze` writes, its cue and speaker.
GRAYSON = (
    "Grayson Raises $2 Million for Senate Bid\n\n"
    "ORLANDO — Rep. Alan Grayson's Senate campaign has raised more money than any rival this quarter, "
    "aides said on Monday. Grayson said the figures showed his message was working.\n\n"
    "Dena Minning Grayson, a scientist who married the congressman last year, said she would campaign for him."
)
POSSESSIVE_NAMES = [
    (GRAYSON, [("said", "anonymous"), ("said", "Alan Grayson"), ("said", "Dena Minning Grayson")]),
    (
        "Rep. Alan Grayson's Senate campaign raised $2 million this quarter. He said the figures showed his message was working.",
        [("said", "Alan Grayson")],
    ),
    # An owner no given name opens stays as it was: "NBC's Lester Holt" is the anchor.
    ("NBC's Lester Holt asked the question. Holt said it was fair.", [("asked", "Lester Holt"), ("said", "Lester Holt")]),
]


@pytest.mark.parametrize("text, expected", POSSESSIVE_NAMES)
def test_a_possessive_full_name_names_its_person(text, expected):
    assert [(cue, speaker) for cue, speaker, _, _ in analyzed_attributions(text)] == expected


def test_a_possessive_full_name_names_its_person_from_framing_score(tmp_path):
    text, expected = POSSESSIVE_NAMES[0]
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text + "\n")] == expected


@pytest.mark.parametrize(
    "run, expected",
    [
        ("Alan Grayson's Senate", "Alan Grayson"),
        ("Hillary Clinton’s State Department", "Hillary Clinton"),
        ("Trump's Mar-a-Lago Club", "Trump's Mar-a-Lago Club"),  # one word owns: no full name to give
        ("Dena Minning Grayson", "Dena Minning Grayson"),
    ],
)
def test_owner_named(run, expected):
    assert owner_named(run) == expected


# Given names the table lacked (lexicons/given_names.tsv): "Jeh Johnson", named in full just
# before, is the lone "Johnson" though the article named Gary Johnson first (only a full name
# opening with a given name is taken as the one named nearby), and a "she" is not Jeh Johnson,
# a "he" not Dena Minning Grayson.  Rows: a text and, for each attribution span
# `framing.analyze` writes, its cue and speaker.
ADDED_GIVEN_NAMES = [
    (
        LEDE + "Gary Johnson spoke in Ohio on Monday about taxes and trade. "
        "Homeland Security Secretary Jeh Johnson says hackers tried to enter state systems. Johnson said the systems held.",
        [("says", "Jeh Johnson"), ("said", "Jeh Johnson")],
    ),
    ('Jeh Johnson arrived later. "We are ready," she said.', [("said", None)]),
    ('Dena Minning Grayson arrived later. "We are ready," he said.', [("said", None)]),
    ('Dena Minning Grayson arrived later. "We are ready," she said.', [("said", "Dena Minning Grayson")]),
]


# A given name the table lacks, in a name shaped like a person's, counts too ("Reporter Jomana
# Johnson", PolNeAR train's "Reporter Jomana Karadsheh says:").
ADDED_GIVEN_NAMES += [
    (
        LEDE + "Gary Johnson spoke in Ohio on Monday about taxes and trade. "
        "Reporter Jomana Johnson said the roads were blocked. Johnson said the crowd left.",
        [("said", "Jomana Johnson"), ("said", "Jomana Johnson")],
    ),
]


@pytest.mark.parametrize("text, expected", ADDED_GIVEN_NAMES)
def test_added_given_names(text, expected):
    assert [(cue, speaker) for cue, speaker, _, _ in analyzed_attributions(text)] == expected


@pytest.mark.parametrize("text, expected", [ADDED_GIVEN_NAMES[0], ADDED_GIVEN_NAMES[-1]])
def test_added_given_names_from_framing_score(tmp_path, text, expected):
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text + "\n")] == expected


# A body or an outlet named in full ("The New York Times reported", "The Senate Intelligence
# Committee released") is no person a later "he" or "she" stands for; a person whose surname is
# such a word, after a given name, still is ("Margaret Court").  Rows: a text and, for each
# attribution span `framing.analyze` writes, its cue and speaker.
BODIES_NAMED = [
    (
        "Another RT America host, Abby Martin, had denounced the annexation on air.\n\nStill, The New York Times "
        "reported at the time that the editor conveyed to Ms. Martin that her statement was not in line with policy. "
        "She declined that assignment.",
        [("denounced", "Abby Martin"), ("reported", "New York Times"), ("declined", "Abby Martin")],
    ),
    (
        "Ben Carson spoke in Ohio on Monday. The New York Times reported that his advisers doubted his grasp of "
        "foreign policy. He brushed off the report.",
        [("reported", "New York Times"), ("brushed off", "Ben Carson")],
    ),
    (
        'Sen. Dianne Feinstein spoke first. The Senate Intelligence Committee released the emails on Friday. "They were never secret," she said.',
        [("said", "Dianne Feinstein")],
    ),
    ('Margaret Court spoke first. "We are ready," she said.', [("said", "Margaret Court")]),
]


@pytest.mark.parametrize("text, expected", BODIES_NAMED)
def test_a_body_named_in_full_is_no_person(text, expected):
    assert [(cue, speaker) for cue, speaker, _, _ in analyzed_attributions(text)] == expected


def test_a_body_named_in_full_is_no_person_from_framing_score(tmp_path):
    text, expected = BODIES_NAMED[1]
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "Carson\n\n" + text + "\n")] == expected
