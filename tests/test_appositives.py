"""`framing.appositives`: where the source phrase begins when commas set off a description, a
name, a title with its place or a party tag around the subject before a cue."""

from __future__ import annotations

import pytest

from voice_cases import cue_sources, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
        # A description, then the name: both are the source, the name the speaker.
        ("The minister, Anna Berg, said the plan failed.", [("said", "The minister, Anna Berg", "Anna Berg")]),
        # A title with its place, then the name: the name.
        ("The King of Jordan, Abdullah II, said the talks would resume.", [("said", "Abdullah II", "Abdullah II")]),
        # A party-and-state tag in commas is stepped over to the name before it.
        ("Sen. Mitt Romney, R-Utah, said the plan failed.", [("said", "Sen. Mitt Romney", "Mitt Romney")]),
        # A name, then a description ending in a relative clause: the name opens the source.
        (
            "Mike Huckabee, a former governor of Arkansas and preacher who has announced his run, said the plan failed.",
            [("announced", "Mike Huckabee, a former governor of Arkansas and preacher who", "Mike Huckabee"),
             ("said", "Mike Huckabee, a former governor of Arkansas and preacher", "Mike Huckabee")],
        ),
    ],
)
def test_appositive_sources(text, expected):
    assert cue_sources(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A role at a body, then the person's name in commas: both are the source, the person speaks.
        (
            "The director of the European Centre, Ina Kirsch, said the plan failed.",
            [("said", "The director of the European Centre, Ina Kirsch", "Ina Kirsch")],
        ),
        (
            "The director of the Federal Bureau of Investigation, James B. Comey, said the plan failed.",
            [("said", "The director of the Federal Bureau of Investigation, James B. Comey", "James B. Comey")],
        ),
        (
            "His best friend at Lehigh, Bruce Turry, said the plan failed.",
            [("said", "His best friend at Lehigh, Bruce Turry", "Bruce Turry")],
        ),
        # A long titled name in commas (five words) is read too.
        (
            "The chairman of the Joint Chiefs of Staff, Gen. Joseph F. Dunford Jr., asked the admiral.",
            [("asked", "The chairman of the Joint Chiefs of Staff, Gen. Joseph F. Dunford Jr.", "Joseph F. Dunford Jr")],
        ),
        # A second verb joined by "and" has the same source, and a later "She" is the person.
        (
            "The director of the European Centre, Ina Kirsch, told the AP her group never worked with him "
            "and said the group hired the lobbyists. She said she had met him twice.",
            [
                ("told", "The director of the European Centre, Ina Kirsch", "Ina Kirsch"),
                ("said", "The director of the European Centre, Ina Kirsch", "Ina Kirsch"),
                ("said", "She", "Ina Kirsch"),
            ],
        ),
        # Not a person's name after the comma: a place stays apart from the source.
        ("The mayor of Springfield, Illinois, said the plan failed.", [("said", "The mayor of Springfield", "Springfield")]),
    ],
)
def test_a_person_named_after_a_role_at_a_body_speaks(text, expected):
    assert cue_sources(text) == expected


def test_score_jsonl_names_the_person_after_a_role_at_a_body(tmp_path):
    text = "The director of the European Centre, Ina Kirsch, said the plan failed. She said it was late.\n"
    rows = scored_attributions(tmp_path, text)
    assert [(r["text"], r["speaker"], text[r["source"]["start"] : r["source"]["end"]]) for r in rows] == [
        ("said", "Ina Kirsch", "The director of the European Centre, Ina Kirsch"),
        ("said", "Ina Kirsch", "She"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A name, then descriptions in commas before the cue: the name opens the source and speaks
        # (were "Oklahoma", "France"; PolNeAR train+dev: 26 speakers changed, all read right).
        (
            "“It is our domain,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said at an event.",
            [("said", "Scott Pruitt, the Republican attorney general of Oklahoma", "Scott Pruitt")],
        ),
        (
            "Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security Council, said the test was a threat.",
            [("said", "Jean-Marc Ayrault, the foreign minister of France", "Jean-Marc Ayrault")],
        ),
        # Not a person's name before the comma: the description as before.
        ("In Washington, the senator said the plan failed.", [("said", "the senator", "senator")]),
    ],
)
def test_a_name_before_a_description_in_commas_speaks(text, expected):
    assert cue_sources(text) == expected


def test_score_jsonl_names_the_person_before_descriptions(tmp_path):
    text = "Michael Mulgrew, president of the United Federation of Teachers, which represents educators, said he hopes the day comes.\n"
    rows = scored_attributions(tmp_path, text)
    assert [(r["text"], r["speaker"], text[r["source"]["start"] : r["source"]["end"]]) for r in rows][0] == (
        "said", "Michael Mulgrew", "Michael Mulgrew, president of the United Federation of Teachers"
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # An age and a hometown in commas, then a relative clause: the name before them speaks, and
        # the source runs up to the "who", as PolNeAR marks a name with its description (since
        # f5677e3), the state's abbreviation with its full stop (`framing.source_ends`).
        (
            "Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony, said the event was moving.",
            [("said", "Donna Sampson Rawlings, 59, of Ashton, Md.", "Donna Sampson Rawlings")],
        ),
        (
            "Harry Bond, of Raleigh, N.C., who was polled, says he was scared.",
            [("says", "Harry Bond, of Raleigh, N.C.", "Harry Bond")],
        ),
        # Without the relative clause, as before.
        ("Johnnie Wilson, of Springfield, Va., said the plan failed.", [("said", "Johnnie Wilson", "Johnnie Wilson")]),
        # A place after the name with no comma is the name's, as before.
        ("Sen. Amy Klobuchar of Minnesota, who tweeted, said the plan failed.", [("said", "Sen. Amy Klobuchar of Minnesota", "Amy Klobuchar")]),
    ],
)
def test_a_name_before_its_age_and_hometown_speaks(text, expected):
    assert cue_sources(text) == expected


def test_score_jsonl_names_the_person_before_the_hometown(tmp_path):
    text = "Ceremony\n\nDonna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony, said the event was moving.\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("said", "Donna Sampson Rawlings")]


# A name before a description that opens with an office in lower case ("executive director of",
# "acting political director of", "a former executive director of") is a person's, also after
# "But" and for a given name the table lacks: the person speaks, not the office.
_NAMES_BEFORE_OFFICES = [
    (
        "But Murshed Zaheed, acting political director of CREDO Action, which organized the letter, said the response was undercut.",
        [("said", "Murshed Zaheed, acting political director of CREDO Action", "Murshed Zaheed")],
    ),
    (
        "Hogan Gidley, a former executive director of the South Carolina Republican Party, whose roots are in "
        "the evangelical community, said the base was angry.",
        [("said", "Hogan Gidley, a former executive director of the South Carolina Republican Party", "Hogan Gidley")],
    ),
    (
        "RoseAnn DeMoro, executive director of National Nurses United, a union, also said her group planned to take part.",
        [("said", "RoseAnn DeMoro, executive director of National Nurses United", "RoseAnn DeMoro")],
    ),
    # No office in the description: a place or a body, as before.
    ("Kansas City, the home of the Chiefs, said it would build a stadium.", [("said", "Kansas City", "Kansas City")]),
    ("Judicial Watch, a conservative group, said it would sue.", [("said", "Judicial Watch", "Judicial Watch")]),
]


@pytest.mark.parametrize("text, expected", _NAMES_BEFORE_OFFICES)
def test_a_name_before_an_office_speaks(text, expected):
    assert cue_sources(text) == expected


def test_score_jsonl_names_the_person_before_an_office(tmp_path):
    text = "Report\n\n" + _NAMES_BEFORE_OFFICES[1][0] + "\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("said", "Hogan Gidley")]


# A description ending in a hometown and its state, then a relative clause: the name before the
# description speaks ("Mo" was the speaker).
def test_a_name_before_a_described_hometown_speaks(tmp_path):
    text = (
        "Paul Porter, a truck driver from Ava, Mo., who is a member of the Teamsters union, said he "
        "already received time and a half."
    )
    assert cue_sources(text) == [("said", "Paul Porter, a truck driver from Ava, Mo.", "Paul Porter")]
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "Report\n\n" + text + "\n")] == [("said", "Paul Porter")]


# A title before the name does not hide its given name (`Senator Sheldon Whitehouse, a Democrat
# from Rhode Island, ... has proposed`: "Democrat from Rhode Island" was the speaker).
def test_a_titled_name_before_a_description_speaks(tmp_path):
    text = "Senator Sheldon Whitehouse, a Democrat from Rhode Island, in the name of curbing climate change, has proposed taxing carbon emissions."
    assert cue_sources(text) == [("proposed", "Senator Sheldon Whitehouse, a Democrat from Rhode Island", "Sheldon Whitehouse")]
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "Taxes\n\n" + text + "\n")] == [("proposed", "Sheldon Whitehouse")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A name, an age, then a description in commas: the name speaks, even a given name the
        # table lacks (PolNeAR train: "Cecelia Purner, 67, a retired customer service
        # representative in Allentown, Pa., said" gave "retired customer service representative
        # in Allentown").
        (
            "Cecelia Purner, 67, a retired customer service representative in Allentown, Pa., said the plan failed.",
            [("said", "Cecelia Purner, 67, a retired customer service representative in Allentown", "Cecelia Purner")],
        ),
        (
            "Mary Smith, 67, a retired teacher in Allentown, Pa., said the plan failed.",
            [("said", "Mary Smith, 67, a retired teacher in Allentown", "Mary Smith")],
        ),
        # Without an age, a word the table lacks as a given name is no person, as before.
        (
            "Allentown Works, a retired plant in Allentown, Pa., said the plan failed.",
            [("said", "a retired plant in Allentown", "retired plant in Allentown")],
        ),
    ],
)
def test_a_name_before_its_age_and_description_speaks(text, expected):
    assert cue_sources(text) == expected


def test_score_jsonl_names_the_person_before_age_and_description(tmp_path):
    text = "Poll\n\nCecelia Purner, 67, a retired customer service representative in Allentown, Pa., said the plan failed.\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("said", "Cecelia Purner")]
