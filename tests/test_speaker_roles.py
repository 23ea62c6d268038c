"""A role or party word written before a name is no part of the speaker, as a title is not:
"Moderator Lester Holt" speaks as Lester Holt, like "Sen. Bernie Sanders" as Bernie Sanders
(framing/name_words.py `without_role`, read by framing/speakers.py and framing/person_memory.py).
Rows: a text and its attributions as (cue, speaker)."""

from __future__ import annotations

import pytest

from framing.name_runs import run_name
from framing.name_words import without_role
from voice_cases import analyzed_attributions, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Debate\n\nModerator Lester Holt said the plan was dead.\n", [("said", "Lester Holt")]),
        ("Debate\n\nAnchor Lester Holt said the plan was dead.\n", [("said", "Lester Holt")]),
        ("Debate\n\nCandidate Trump said the plan was dead.\n", [("said", "Trump")]),
        ("Debate\n\nDemocrat Hillary Clinton said the plan was dead.\n", [("said", "Hillary Clinton")]),
        ("Debate\n\nRepublican Ted Cruz said the plan was dead.\n", [("said", "Ted Cruz")]),
        # A "he" after the role and the name: the name.
        ('Debate\n\nModerator Lester Holt opened the debate. "We need answers," he said.\n', [("said", "Lester Holt")]),
        # Titles, as they were.
        ("Debate\n\nSen. Bernie Sanders said the plan was dead.\n", [("said", "Bernie Sanders")]),
        ("Debate\n\nPresident Trump said the plan was dead.\n", [("said", "Trump")]),
        ("Debate\n\nSecretary of State Mike Pompeo said the plan was dead.\n", [("said", "Mike Pompeo")]),
        ("Debate\n\nRival Hillary Clinton said the plan was dead.\n", [("said", "Hillary Clinton")]),
        ("Debate\n\nBillionaire Mark Cuban said the plan was dead.\n", [("said", "Mark Cuban")]),
        # A party's member is no role a name holds, nor a lone name to widen ("Kent County Republican").
        (
            "Debate\n\nDonald Trump spoke first. The Republican is also encouraging his supporters to ask why. "
            "He said it at the Kent County Republican headquarters.\n",
            [("encouraging", "Republican"), ("said", "Donald Trump")],
        ),
        # A party word before a body's name stays.
        ("Debate\n\nThe Republican Party said the plan was dead.\n", [("said", "Republican Party")]),
    ],
)
def test_a_role_before_a_name_is_not_the_speakers(text: str, expected: list[tuple]) -> None:
    assert [a[:2] for a in analyzed_attributions(text)] == expected


@pytest.mark.parametrize(
    "words, expected",
    [
        ("Moderator Lester Holt", "Lester Holt"),
        ("Reporter Jane Doe", "Jane Doe"),
        ("Candidate Trump", "Trump"),
        ("Democrat Hillary Clinton", "Hillary Clinton"),
        ("Republican Party", "Republican Party"),  # no given name after the party word
        ("Democrat Leaders Group", "Democrat Leaders Group"),
        ("Moderator Of", "Moderator Of"),  # no name after the role
        ("Lester Holt", "Lester Holt"),
    ],
)
def test_without_role(words: str, expected: str) -> None:
    assert " ".join(without_role(words.split())) == expected


@pytest.mark.parametrize(
    "run, expected",
    [
        ("Moderator Lester Holt", "Lester Holt"),  # the full name a lone "Holt" widens to
        ("NBC's Lester Holt", "Lester Holt"),
        ("NBC's Holt", None),  # no full name: a lone "Holt" stays "Holt"
        ("The People's Party", "People's Party"),
        ("Foreign Minister Sergey Lavrov", "Sergey Lavrov"),
    ],
)
def test_run_name_drops_roles_and_owners(run: str, expected: str | None) -> None:
    assert run_name(run)[1] == expected


def test_a_role_before_a_name_from_framing_score(tmp_path) -> None:
    text = 'Debate\n\nModerator Lester Holt opened the debate. The candidates sparred. "We need answers," NBC\'s Holt said.\n'
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("said", "Lester Holt")]


# One rule for every word of an office, rank or role written before a name: it is dropped, the
# person speaks ("Archbishop Aris Shirvanian" as "Moderator Hugh Hewitt" and "Sen. Bernie
# Sanders").  A company whose name opens with such a word keeps it ("General Motors").
_TITLES = [
    ("Archbishop", "Aris Shirvanian"),
    ("Moderator", "Aris Shirvanian"),
    ("Bishop", "Aris Shirvanian"),
    ("Cardinal", "Aris Shirvanian"),
    ("Rabbi", "Aris Shirvanian"),
    ("Imam", "Aris Shirvanian"),
    ("Pastor", "Aris Shirvanian"),
    ("Ayatollah", "Aris Shirvanian"),
    ("Sheikh", "Aris Shirvanian"),
    ("Coach", "Aris Shirvanian"),
    ("Detective", "Aris Shirvanian"),
    ("Inspector", "Aris Shirvanian"),
    ("Superintendent", "Aris Shirvanian"),
    ("Sergeant", "Aris Shirvanian"),
    ("Lieutenant", "Aris Shirvanian"),
    ("Sgt.", "Aris Shirvanian"),
    ("Rev.", "Aris Shirvanian"),
    ("Dr.", "Aris Shirvanian"),
    ("Professor", "Aris Shirvanian"),
    ("Gov.", "Aris Shirvanian"),
    ("Attorney General", "Aris Shirvanian"),
    ("Senate Majority Leader", "Aris Shirvanian"),
    ("Candidate", "Aris Shirvanian"),
]


@pytest.mark.parametrize("title, speaker", _TITLES)
def test_every_title_before_a_name_is_dropped(title: str, speaker: str) -> None:
    text = f"Talks\n\n{title} Aris Shirvanian said the plan was dead.\n"
    assert [a[:2] for a in analyzed_attributions(text)] == [("said", speaker)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks\n\nGeneral Motors said the plan was dead.\n", [("said", "General Motors")]),
        ("Talks\n\nCardinal Health said the plan was dead.\n", [("said", "Cardinal Health")]),
        ("Talks\n\nRep. Rob Bishop said the plan was dead.\n", [("said", "Rob Bishop")]),  # a title word as a surname
        # A lone surname after the title widens to the full name the article gave.
        (
            "Talks\n\nCardinal Timothy Dolan spoke first. Later Cardinal Dolan said the plan was dead.\n",
            [("said", "Timothy Dolan")],
        ),
    ],
)
def test_a_title_word_in_a_name_stays(text: str, expected: list[tuple]) -> None:
    assert [a[:2] for a in analyzed_attributions(text)] == expected


def test_titles_dropped_alike_from_framing_score(tmp_path) -> None:
    text = (
        "Talks\n\nArchbishop Aris Shirvanian of the Armenian Patriarchate told the AP that the land was theirs. "
        "Moderator Hugh Hewitt said the math was harsh.\n"
    )
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [
        ("told", "Aris Shirvanian"),
        ("said", "Hugh Hewitt"),
    ]
