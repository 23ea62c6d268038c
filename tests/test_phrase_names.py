"""The name a source phrase gives from its words alone (framing/phrase_names.py): each row is a
phrase and what `phrase_reading` reads from it, (name, owner of a possessive, anonymous?, the
phrase without its article, may it be a role?), before the article is consulted."""

from __future__ import annotations

import pytest

from framing.phrase_names import phrase_reading
from framing.segment import word_tokens

ANONYMOUS_HEADS = frozenset({"officials", "sources", "source", "people"})


def _reading(phrase: str) -> tuple[str | None, str | None, bool, str | None, bool]:
    spans = tuple((t.start, t.end, t.norm) for t in word_tokens(phrase))
    return phrase_reading(phrase, spans, ANONYMOUS_HEADS)


@pytest.mark.parametrize(
    "phrase, expected",
    [
        # The capitalised words ending the phrase, without titles.
        ("Foreign Minister Sergey Lavrov", ("Sergey Lavrov", None, False, None, False)),
        ("Mr. King", ("King", None, False, None, False)),
        ("Bill de Blasio", ("Bill de Blasio", None, False, None, False)),
        ("NBC’s Dante Chinni", ("Dante Chinni", None, False, None, False)),
        ("The 14th Amendment", ("14th Amendment", None, False, None, False)),
        # A full name before an appositive; a person before the place they come from.
        ("Johnnie Wilson, of Springfield, Va.", ("Johnnie Wilson", None, False, None, False)),
        ("Sen. Susan Collins of Maine", ("Susan Collins", None, False, None, False)),
        # A role written out with its place, not the place; a holder named after it.
        ("The King of Jordan", (None, None, False, "King of Jordan", True)),
        ("RNC Chief of Staff Katie Walsh", ("Katie Walsh", None, False, None, False)),
        # Those who speak for a person are not the person.
        ("Aides to Clinton", (None, None, False, "Aides to Clinton", False)),
        # ... also when the person is titled, and named with a place.
        ("Aides to President Obama", (None, None, False, "Aides to President Obama", False)),
        ("A lawyer for Sen. Bob Menendez", (None, None, False, "lawyer for Sen. Bob Menendez", False)),
        (
            "spokesman for Mayor Frank G. Jackson of Cleveland",
            (None, None, False, "spokesman for Mayor Frank G. Jackson of Cleveland", False),
        ),
        ("Donald Trump’s lawyers", (None, "Donald Trump", False, "Donald Trump’s lawyers", False)),
        # The speaker, then the topic; a place after a common noun is no speaker.
        ("Obama on Climate Change", ("Obama", None, False, None, False)),
        ("the president in Washington", (None, None, False, "president in Washington", True)),
        # A title or a party member from a place is a role, never the place.
        ("Senator from Texas", (None, None, False, "Senator from Texas", False)),
        ("the Republican from Alabama", (None, None, False, "Republican from Alabama", True)),
        # A description of a role at a body, then the person's name in commas: the person.
        ("The director of the European Centre, Ina Kirsch", ("Ina Kirsch", None, False, None, False)),
        ("the president of Mexico, Enrique Peña Nieto", ("Enrique Peña Nieto", None, False, None, False)),
        ("his best friend at Lehigh, Bruce Turry", ("Bruce Turry", None, False, None, False)),
        # The tail gives no full name: the head is read as before.
        ("the mayor of Springfield, Illinois", ("Springfield, Illinois", None, False, None, False)),
        # An unnamed-source head.
        ("senior officials", (None, None, True, "senior officials", False)),
        # A share of a group speaks, as written: not the group, not a number read as a name.
        ("72 percent of Democrats", (None, None, False, "72 percent of Democrats", False)),
        ("Six in 10 voters", (None, None, False, "Six in 10 voters", False)),
        ("A majority of Americans", (None, None, False, "majority of Americans", False)),
        ("Only a quarter of Americans", (None, None, False, "Only a quarter of Americans", False)),
        ("a 69% majority of Republicans", (None, None, False, "69% majority of Republicans", False)),
        ("Thirty-nine percent of all Americans", (None, None, False, "Thirty-nine percent of all Americans", False)),
        ("more than half of senior officials", (None, None, False, "more than half of senior officials", False)),
        # People of a body or person speak, as the phrase says: not the body named.
        ("a dozen members of Congress", (None, None, False, "dozen members of Congress", False)),
        ("Residents of Flint", (None, None, False, "Residents of Flint", False)),
        # ... but a place named after a singular noun is the place; no people, the name.
        ("the city of Cleveland", ("Cleveland", None, False, None, False)),
        ("the minds of Americans", ("Americans", None, False, None, False)),
        # "Majority" as a title is no share.
        ("Majority Leader Mitch McConnell", ("Mitch McConnell", None, False, None, False)),
        # A person's full name before the body they are "of" or "at": the person (was the tail
        # the last "of" leaves, "Texas School"); a body opening with a given name stays a body.
        ("Stephen Vladeck of the University of Texas School of Law", ("Stephen Vladeck", None, False, None, False)),
        ("David French of the National Retail Federation", ("David French", None, False, None, False)),
        # A place before a body's title word is part of its name (was "Department of Health").
        ("Virginia Department of Health", (None, None, False, "Virginia Department of Health", False)),
        # A person before a body and the town it is in: the person (was the town, "Marion").
        ("Darran Whiting of Liberty Baptist Church in Marion", ("Darran Whiting", None, False, None, False)),
        ("The University of Texas in Austin", ("Austin", None, False, None, False)),  # (no person: as it was)
        ("The Florida Department of Law Enforcement", (None, None, False, "Florida Department of Law Enforcement", True)),
        ("the New York State Office of Mental Health", (None, None, False, "New York State Office of Mental Health", False)),
        ("the U.S. Department of Justice", (None, None, False, "U.S. Department of Justice", True)),
        # ... not before a person's title: the role as written.
        ("The Prime Minister of Canada", (None, None, False, "Prime Minister of Canada", True)),
        # Before "of the" and a name: a surname after an honorific, a name of one to three words
        # that opens no body, also after a noun and "by"; "Del." is a Delegate's title.
        ("Mr. Burman of the Tax Policy Center", ("Burman", None, False, None, False)),
        ("Mujtaba Rahman of the Eurasia Group", ("Mujtaba Rahman", None, False, None, False)),
        ("Heiserman of the CORE Teachers", ("Heiserman", None, False, None, False)),
        ("calculations by Amy Glasmeier of the Massachusetts Institute of Technology", ("Amy Glasmeier", None, False, None, False)),
        ("Del. Stacey Plaskett of the Virgin Islands", ("Stacey Plaskett", None, False, None, False)),
        ("Del. Jennifer L. McClellan", ("Jennifer L. McClellan", None, False, None, False)),
        # A plural or a title before "of the" is no person: read as before this rule.
        ("Friends of the Earth", ("Earth", None, False, None, False)),
        ("Secretary of the Treasury", ("Treasury", None, False, None, False)),
    ],
)
def test_phrase_reading(phrase, expected):
    assert _reading(phrase) == expected


# Through the pipeline: rows of a text and, for each attribution span `framing.analyze` writes,
# its cue and speaker; a later "he" is the person too (was "Pyongyang", named after).
AFFILIATED_NAMES = [
    (
        '"It would have been a long shot," said Stephen Vladeck of the University of Texas School of Law.',
        [("said", "Stephen Vladeck")],
    ),
    # A surname after "Mr." is the full name the article gave (was the body, "Tax Policy Center").
    (
        "Leonard Burman is an economist. ''There's no way we can keep the promises,'' said Mr. Burman of the Tax Policy Center.",
        [("said", "Leonard Burman")],
    ),
    (
        "''There is a growing perception,'' said Mujtaba Rahman of the Eurasia Group, a political risk and consulting company.",
        [("said", "Mujtaba Rahman")],
    ),
    # A lone surname before "of the" is the person where the article gives the full name; a
    # book's title ("Empire of the Fund") gives none, and stays as it was.
    (
        "Drew Heiserman teaches. The endorsement “was early enough,” said Heiserman of the CORE Teachers.",
        [("said", "Drew Heiserman")],
    ),
    (
        "A living wage is about $12 an hour, according to calculations by Amy Glasmeier of the Massachusetts Institute of Technology.",
        [("according to", "Amy Glasmeier")],
    ),
    # "Del." no longer ends the sentence (was speaker "Del").
    ('"This is a waste of time," said Del. Stacey Plaskett of the Virgin Islands.', [("said", "Stacey Plaskett")]),
    (
        "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote that the test failed in Pyongyang. "
        '"It was not a staged device," he noted.',
        [("wrote", "Jeffrey Lewis"), ("noted", "Jeffrey Lewis")],
    ),
]


@pytest.mark.parametrize("text, expected", AFFILIATED_NAMES)
def test_a_person_of_a_body_speaks(text, expected):
    from voice_cases import analyzed_attributions

    assert [(cue, speaker) for cue, speaker, _, _ in analyzed_attributions(text)] == expected


@pytest.mark.parametrize("row", [1, 3, 5, 6])
def test_a_person_of_a_body_speaks_from_framing_score(tmp_path, row):
    from voice_cases import scored_attributions

    text, expected = AFFILIATED_NAMES[row]
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "Test\n\n" + text + "\n")] == expected


# A body's name with "and" inside it, after "the", is one speaker (was its tail, "Exchange
# Commission", "Technology Directorate"); names joined without "the", or after a person's
# title, are people.
BODIES_WITH_AND = [
    ("The Securities and Exchange Commission said the rule was final.", [("said", "Securities and Exchange Commission")]),
    ("The Food and Drug Administration said the rule was final.", [("said", "Food and Drug Administration")]),
    ("The Department of Health and Human Services said the rule was final.", [("said", "Department of Health and Human Services")]),
    (
        "Most recently, the Science and Technology Directorate of the Department of Homeland Security concluded that "
        "none of the methods worked.",
        [("concluded", "Science and Technology Directorate of the Department of Homeland Security")],
    ),
    ("The Science and Technology Directorate said the tests were complete.", [("said", "Science and Technology Directorate")]),
    ("Obama and Biden said the rule was final.", [("said", "Obama and Biden")]),
    ("He met the President and Obama said the rule was final.", [("said", "Obama")]),
]


@pytest.mark.parametrize("text, expected", BODIES_WITH_AND)
def test_a_body_named_with_and_speaks_whole(text, expected):
    from voice_cases import analyzed_attributions

    assert [(cue, speaker) for cue, speaker, _, _ in analyzed_attributions(text)] == expected


def test_a_body_named_with_and_from_framing_score(tmp_path):
    from voice_cases import scored_attributions

    text, expected = BODIES_WITH_AND[3]
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "Test\n\n" + text + "\n")] == expected


# An epithet after a name is no part of it: the person speaks.
EPITHETS = [
    ("Obama the realist knows that even if all the commitments are met, they will fall short.", [("knows", "Obama")]),
    ("Trump the dealmaker said the deal was good.", [("said", "Trump")]),
    ("Barack Obama spoke first. Obama the realist said the deal was good.", [("said", "Barack Obama")]),
]


@pytest.mark.parametrize("text, expected", EPITHETS)
def test_an_epithet_after_a_name_is_dropped(text, expected):
    from voice_cases import analyzed_attributions

    assert [(cue, speaker) for cue, speaker, _, _ in analyzed_attributions(text)] == expected


def test_an_epithet_after_a_name_from_framing_score(tmp_path):
    from voice_cases import scored_attributions

    text, expected = EPITHETS[2]
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "Test\n\n" + text + "\n")] == expected


# The holder of an office in a body speaks, never the body ("The director of the FBI" was "FBI").
OFFICES_OF_BODIES = [
    ("The director of the FBI said the deal was done.", [("said", "director of the FBI")]),
    ("The chief executive of Ora Media said the deal was done.", [("said", "chief executive of Ora Media")]),
    ("The head of the IMF said the deal was done.", [("said", "head of the IMF")]),
    ("The Bank of America said the deal was done.", [("said", "Bank of America")]),  # a body's own name
    ("The Secretary of State said the deal was done.", [("said", "Secretary of State")]),
]


@pytest.mark.parametrize("text, expected", OFFICES_OF_BODIES)
def test_the_holder_of_an_office_speaks_not_the_body(text, expected):
    from voice_cases import analyzed_attributions

    assert [(cue, speaker) for cue, speaker, _, _ in analyzed_attributions(text)] == expected


def test_the_holder_of_an_office_from_framing_score(tmp_path):
    from voice_cases import scored_attributions

    text, expected = OFFICES_OF_BODIES[0]
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "Test\n\n" + text + "\n")] == expected


# A body's name before "at the" and another body's: the first body speaks, as a person before
# "of the" does (PolNeAR dev, nyt on Clinton's tax plan: "Urban Institute and Brookings Institution").
_BODIES_AT_BODIES = [
    (
        "The Tax Policy Center at the Urban Institute and Brookings Institution estimates that the plan would raise $1.1 trillion.",
        [("estimates", "Tax Policy Center")],
    ),
    ("The Tax Policy Center at the Urban Institute estimates that the plan would raise $1.1 trillion.", [("estimates", "Tax Policy Center")]),
    # A person before "at the" or "of the", as before.
    ("J. Bradford DeLong at the University of California said the plan was legal.", [("said", "J. Bradford DeLong")]),
    ("Stephen Vladeck of the University of Texas said the plan was legal.", [("said", "Stephen Vladeck")]),
]


@pytest.mark.parametrize("text, expected", _BODIES_AT_BODIES)
def test_a_body_at_a_body_speaks(text, expected):
    from voice_cases import analyzed_attributions

    assert [(cue, speaker) for cue, speaker, _, _ in analyzed_attributions(text)] == expected


def test_a_body_at_a_body_from_framing_score(tmp_path):
    from voice_cases import scored_attributions

    spans = scored_attributions(tmp_path, _BODIES_AT_BODIES[0][0] + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("estimates", "Tax Policy Center")]


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("The Tax Policy Center at the Urban Institute", "Tax Policy Center"),
        ("the Pew Research Center at the Urban Institute", "Pew Research Center"),
        ("the Center for Public Integrity at the Urban Institute", None),  # its last word is no organisation's noun
        ("Stephen Vladeck at the University of Texas", None),  # no organisation's noun: `_name_before_affiliation`
    ],
)
def test_body_at_body_reading(phrase, expected):
    name, _, _, rest, _ = _reading(phrase)
    assert (rest if name is None else None) == expected


# A place before a body's title word is part of the body's name: "The Florida Department of Law
# Enforcement said" credits the whole name (was "Department of Law Enforcement").
BODIES_WITH_A_PLACE = [
    ("The Florida Department of Law Enforcement said he was arrested twice.", [("said", "Florida Department of Law Enforcement")]),
    ("The New York State Department of Health said the water was safe.", [("said", "New York State Department of Health")]),
    ("The U.S. Department of Justice said it would appeal.", [("said", "U.S. Department of Justice")]),
]


@pytest.mark.parametrize("text, expected", BODIES_WITH_A_PLACE)
def test_a_place_before_a_body_is_part_of_its_name(text, expected):
    from voice_cases import analyzed_attributions

    assert [(cue, speaker) for cue, speaker, _, _ in analyzed_attributions(text)] == expected


@pytest.mark.parametrize("text, expected", BODIES_WITH_A_PLACE)
def test_a_place_before_a_body_from_framing_score(tmp_path, text, expected):
    from voice_cases import scored_attributions

    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "Test\n\n" + text + "\n")] == expected


# A title and one name before the comma of an appositive is a person (`_titled_surname`), whom the
# article's full name then widens: PolNeAR train (NYT, Iowa caucus) had the whole phrase "Mr.
# Rubio, a career politician" as the speaker.  Alone, a word before a comma stays unread.
TITLED_SURNAMES = [
    (
        "Senator Marco Rubio of Florida spoke first. Mr. Rubio, a career politician who is running as a "
        "next-generation leader, hopes Iowa will prove what his supporters have long said: He is the most "
        "attractive Republican to both political insiders and outsiders.",
        [("hopes", "Mr. Rubio, a career politician", "Marco Rubio"), ("said", "his supporters", "his supporters")],
    ),
    ("Ted Cruz spoke. Sen. Cruz, a Texan, said Iowa will prove it.", [("said", "Sen. Cruz", "Ted Cruz")]),
]


@pytest.mark.parametrize("text, expected", TITLED_SURNAMES)
def test_a_titled_surname_before_an_appositive_speaks(text, expected):
    from voice_cases import cue_sources

    assert cue_sources(text) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Mr. Rubio, a career politician", ("Rubio", None, False, None, False)),
        ("Rubio, a career politician", (None, None, False, "Rubio, a career politician", False)),
    ],
)
def test_titled_surname_reading(phrase, expected):
    assert _reading(phrase) == expected


def test_a_titled_surname_before_an_appositive_from_framing_score(tmp_path):
    from voice_cases import scored_attributions

    text = TITLED_SURNAMES[0][0] + "\n"
    rows = scored_attributions(tmp_path, text)
    assert [(r["text"], r["speaker"], text[r["source"]["start"] : r["source"]["end"]]) for r in rows][0] == (
        "hopes", "Marco Rubio", "Mr. Rubio, a career politician"
    )
