"""Who holds a role a source phrase names (framing/role_holders.py, asked by framing/speakers.py):
the person the article writes with the role before a name or in apposition, else, for a bare
role, the nearest holder of a matching title.  Each row is a text, a role and where it is asked
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
        # A bare role filled from titles: the nearest holder before the offset, else the first.
        ("senator", TEXT.index("The senator"), "Ted Cruz"),
        ("senator", TEXT.index("Later"), "Marco Rubio"),
        ("senator", 0, "Marco Rubio"),
        # A role written before a name: that person wherever it is asked for.
        ("US president", 0, "Donald Trump"),
        ("president", len(TEXT), "Donald Trump"),
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


