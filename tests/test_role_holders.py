"""Who holds a role a source phrase names (framing/role_holders.py, asked by framing/speakers.py):
the person the article writes with the role before a name or in apposition; a bare role ("the
senator") only when exactly one person named before it holds the role or a matching title.  Each row is a text, a role and where it is asked
for, and the holder expected; the last table goes through the whole attribution reading."""

from __future__ import annotations

import pytest

from framing.role_holders import RoleHolders, _ascii_lower
from framing.speakers import Speakers
from voice_cases import cue_sources as speakers_of

TEXT = (
    "Sen. Marco Rubio spoke first. Later Sen. Ted Cruz spoke. The senator said no. "
    "US president Donald Trump agreed. Hillary Clinton, the former secretary of state, said yes. "
    "Chuck Schumer of New York, the Democratic leader, said nothing."
)


@pytest.mark.parametrize(
    "role, offset, expected",
    [
        # A bare role is filled when exactly one person before it holds the role or its title;
        # two senators before "the senator", or none, and it is left as written (no guess).
        ("senator", TEXT.index("The senator"), None),
        ("senator", TEXT.index("Later"), "Marco Rubio"),
        ("senator", 0, None),
        ("president", len(TEXT), "Donald Trump"),
        ("president", 0, None),
        # A role written before a name, with a modifier: that person wherever it is asked for.
        ("US president", 0, "Donald Trump"),
        # In apposition after a name; after "Name of Place," the name before the place.
        ("former secretary of state", 0, "Hillary Clinton"),
        ("Democratic leader", 0, "Chuck Schumer"),
        # A capitalised or time modifier: not guessed from titles.
        ("Florida senator", len(TEXT), None),
        ("former senator", len(TEXT), None),
        ("mayor", 0, None),
    ],
)
def test_role_holder(role, offset, expected):
    assert RoleHolders(TEXT).holder(role, offset, Speakers(TEXT, frozenset())) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Senator", "the senator"),
        # Every character outside ASCII is "?", at its offset ...
        ("“Curly” José in Zürich", "?curly? jos? in z?rich"),
        # ... except with a Kelvin sign, which lower-cases into ASCII: then the full lower case.
        ("300 \u212a SIGN", "300 k sign"),
    ],
)
def test_ascii_lower_keeps_offsets(text, expected):
    assert _ascii_lower(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Role words are searched in an ASCII lower-case copy of the text (role_holders._ascii_lower):
        # curly quotes, accented names and a Kelvin sign leave the offsets and the holder as they
        # were with `text.lower()`; a capital dotted I, whose lower case is two characters, makes
        # the search match the case as written ("Governor" is then not "governor").
        ('Governor Mike Pence spoke. “I support this law,” the governor said.', [("said", "the governor", "Mike Pence")]),
        (
            'Governor José Núñez spoke in Zürich. “I support this law,” the governor said.',
            [("said", "the governor", "José Núñez")],
        ),
        ('GOVERNOR Mike Pence spoke. “I support this law,” the governor said.', [("said", "the governor", "Mike Pence")]),
        (
            'Governor Mike Pence spoke at 300 \u212a. “I support this law,” the GOVERNOR said.',
            [("said", "the GOVERNOR", "Mike Pence")],
        ),
        (
            'Governor Mike Pence spoke in İzmir. “I support this law,” the governor said.',
            [("said", "the governor", "governor")],
        ),
    ],
)
def test_role_holders_in_texts_beyond_ascii(text, expected):
    assert speakers_of(text) == expected




@pytest.mark.parametrize(
    "text, expected",
    [
        # One senator named before "the senator": linked, whoever the article titles later.
        (
            "Sen. Elizabeth Warren spoke on Monday. The senator said the bill was flawed. Senator Bernie Sanders agreed.",
            [("said", "The senator", "Elizabeth Warren")],
        ),
        # Two senators before: left as written, never a guess.
        (
            "Sen. Elizabeth Warren and Sen. Bernie Sanders spoke on Monday. The senator said the bill was flawed.",
            [("said", "The senator", "senator")],
        ),
        # None before (the only one after): left as written.
        (
            "The senator said the bill was flawed. Sen. Elizabeth Warren spoke on Monday.",
            [("said", "The senator", "senator")],
        ),
        # The same person by a shorter name is one holder ("President Obama", "Barack Obama").
        (
            "Barack Obama spoke. President Obama was in Ohio. The president said the plan worked.",
            [("said", "The president", "Barack Obama")],
        ),
        # A vice president or a lieutenant governor holds another role than "the president", "the governor".
        (
            "Vice President Joe Biden spoke. President Obama spoke. The president said the plan worked.",
            [("said", "The president", "Obama")],
        ),
        (
            "Lt. Gov. Kim Reynolds spoke. Gov. Terry Branstad spoke. The governor said the plan worked.",
            [("said", "The governor", "Terry Branstad")],
        ),
        # A name with a particle; a title's name that ends its sentence ("Senator Cruz. We ...").
        (
            "Mayor Bill de Blasio spoke on Monday. The mayor said the bill was flawed.",
            [("said", "The mayor", "Bill de Blasio")],
        ),
        (
            'Voters met Senator Cruz. Some cheered. "It is flawed," the senator said.',
            [("said", "the senator", "Cruz")],
        ),
        ("Rep. Paul Ryan spoke on Monday. The congressman said the bill was flawed.", [("said", "The congressman", "Paul Ryan")]),
        ("Gov. Chris Christie spoke on Monday. The governor said the bill was flawed.", [("said", "The governor", "Chris Christie")]),
    ],
)
def test_a_bare_role_is_the_one_holder_named_before(text, expected):
    assert speakers_of(text) == expected


def test_a_bare_role_from_framing_score(tmp_path):
    from voice_cases import scored_attributions

    text = "Warren\n\nSen. Elizabeth Warren spoke on Monday. The senator said the bill was flawed. Senator Bernie Sanders agreed.\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("said", "Elizabeth Warren")]


# A body before another office's title and a name holds no one: "the White House said" is the
# White House, not the press secretary named after "White House Press Secretary".  Rows: a text
# and, for each attribution span `framing.analyze` writes, its cue and speaker.
BODIES_BEFORE_AN_OFFICE = [
    (
        '"We will fight it," White House Press Secretary Josh Earnest said. The White House has said the bill is flawed.',
        [("said", "Josh Earnest"), ("said", "White House")],
    ),
    (
        "The memo went to State Department Inspector General Steve Linick. The State Department said the emails were secret.",
        [("said", "State Department")],
    ),
    # The role right before the name still names its holder.
    ("US president Donald Trump spoke on Monday. The US president said the plan worked.", [("said", "Donald Trump")]),
]


@pytest.mark.parametrize("text, expected", BODIES_BEFORE_AN_OFFICE)
def test_a_body_before_another_office_holds_no_one(text, expected):
    from voice_cases import analyzed_attributions

    assert [(cue, speaker) for cue, speaker, _, _ in analyzed_attributions(text)] == expected


def test_a_body_before_another_office_from_framing_score(tmp_path):
    from voice_cases import scored_attributions

    text, expected = BODIES_BEFORE_AN_OFFICE[0]
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "Veto\n\n" + text + "\n")] == expected


# A day after a role is when, not who holds it: "his bid for the White House Saturday" gives "the
# White House" no holder (was "South Carolina Saturday", a run ending in the day).  Rows: a text
# and, for each attribution span `framing.analyze` writes, its cue and speaker.
DAYS_AFTER_A_ROLE = [
    (
        "Bush campaigned in South Carolina Saturday. Cruz praised Bush, who ended his bid for the White House Saturday. "
        "The White House says the Mass was a respectful arrangement.",
        [("praised", "Cruz"), ("says", "White House")],
    ),
]


@pytest.mark.parametrize("text, expected", DAYS_AFTER_A_ROLE)
def test_a_day_after_a_role_holds_it_not(text, expected):
    from voice_cases import analyzed_attributions

    assert [(cue, speaker) for cue, speaker, _, _ in analyzed_attributions(text)] == expected


def test_a_day_after_a_role_from_framing_score(tmp_path):
    from voice_cases import scored_attributions

    text, expected = DAYS_AFTER_A_ROLE[0]
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "Latest\n\n" + text + "\n")] == expected


# "the spokesman" goes back to the one spokesman named before it, as "he" goes back to the last
# person named; with none or two named before, or another noun ("spokeswoman"), it is unnamed.
_SPOKESMEN = [
    (
        "Pentagon spokesman John Kirby spoke on Tuesday. The strikes were lawful, the spokesman said. He added that more would come.",
        [("said", "the spokesman", "John Kirby"), ("added", "He", "John Kirby")],
    ),
    (
        "A spokesman for the ministry said the talks failed. Pentagon spokesman John Kirby spoke on Tuesday. "
        "The strikes were lawful, the Pentagon spokesman said.",
        [("said", "A spokesman for the ministry", "anonymous"), ("said", "the Pentagon spokesman", "John Kirby")],
    ),
    ("The strikes were lawful, the spokesman said.", [("said", "the spokesman", "anonymous")]),
    (
        "The strikes were lawful, the Pentagon spokesman said. Pentagon spokesman John Kirby spoke on Tuesday.",
        [("said", "the Pentagon spokesman", "anonymous")],
    ),
    (
        "Pentagon spokesman John Kirby spoke on Tuesday. White House spokesman Josh Earnest agreed. The strikes were lawful, the spokesman said.",
        [("said", "the spokesman", "anonymous")],
    ),
    ("Pentagon spokesman John Kirby spoke on Tuesday. The strikes were lawful, the spokeswoman said.", [("said", "the spokeswoman", "anonymous")]),
]


@pytest.mark.parametrize("text, expected", _SPOKESMEN)
def test_the_spokesman_is_the_one_named_before(text, expected):
    assert speakers_of(text) == expected


def test_the_spokesman_from_framing_score(tmp_path):
    from voice_cases import scored_attributions

    spans = scored_attributions(tmp_path, _SPOKESMEN[0][0] + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("said", "John Kirby"), ("added", "John Kirby")]
