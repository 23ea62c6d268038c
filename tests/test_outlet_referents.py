"""Which outlet "the network" or "the newspaper" goes back to (framing/outlet_referents.py): the
last one of that kind the article names before it, told by the shape of its name or by how the
article writes it.  Rows: a text and the speaker of each attribution, through the library and
through `framing score`; then the two functions on their own."""

from __future__ import annotations

import pytest

from framing.outlet_referents import outlet_named_before, outlet_noun
from framing.segment import word_tokens
from voice_cases import scored_attributions, speakers

ROWS = [
    # BASIL 9dd8a512 (HuffPost): "according to the network" was speaker "network".
    (
        "A law enforcement source told CNN the package was similar. Postal officials intercepted the package for "
        "Clapper, a CNN contributor, before it could reach the CNN offices, according to the network.",
        ["anonymous", "CNN"],
    ),
    ("CNN reported the story on Monday. The aide resigned, according to the network.", ["CNN", "CNN"]),
    # The last one named: a later "the network" may be another network (no memory of the first reading).
    (
        "CNN reported the story on Monday. The aide resigned, according to the network. Later Fox News aired the "
        "tape. The network said it was real.",
        ["CNN", "CNN", "Fox News"],
    ),
    ('Trump appeared on NBC\'s "Meet the Press" on Sunday. The network said he would return.', ["NBC"]),
    # The article calls it a network (PolNeAR dev, NYT: was MSNBC, named earlier "on MSNBC").
    ("His program on MSNBC ended. Another RT America host agreed. The network said it was fair.", ["RT America"]),
    ("Russia Today, the global satellite network, hired him. The network said it was fair.", ["Russia Today"]),
    # Newspapers, by the shape of their names; "The Times" as the fullest form the article gives.
    ("The New York Times reported it first. The paper said he had left.", ["New York Times", "New York Times"]),
    ("The Orlando Sentinel reported it. The newspaper said so.", ["Orlando Sentinel", "Orlando Sentinel"]),
    # As written when the article names no outlet of that kind (an FBI is no network).
    ("The aide resigned, according to the network.", ["network"]),
    ("He spoke to the FBI. The network said it was hacked.", ["network"]),
    ("The memo is long. The paper notes that Saudi Arabia fights terror.", ["paper"]),  # (a document: POLITICO, PolNeAR train)
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_the_network_is_the_one_named_before(text: str, expected: list) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", ROWS)
def test_the_network_from_framing_score(tmp_path, text: str, expected: list) -> None:
    assert [s["speaker"] for s in scored_attributions(tmp_path, "Outlets\n\n" + text + "\n")] == expected


@pytest.mark.parametrize(
    "phrase, kind",
    [
        ("the network", "network"),
        ("The cable network", "network"),
        ("the newspaper", "newspaper"),
        ("the paper", "newspaper"),
        ("a network", None),  # a new one, not one named before
        ("the social network", None),  # (Twitter, Facebook: no broadcaster)
        ("the agency", None),  # not read: a government body as often as an outlet
        ("the network's president", None),
    ],
)
def test_outlet_noun(phrase: str, kind: str | None) -> None:
    assert outlet_noun(word_tokens(phrase)) == kind


@pytest.mark.parametrize(
    "text, kind, expected",
    [
        ("In The Washington Post, the story ran.", "newspaper", "Washington Post"),
        ("He told Fox News and NBC News on Friday.", "network", "NBC News"),
        ("Later Fox News aired it.", "network", "Fox News"),
        ("As the nationalist Global Times tabloid noted,", "newspaper", "Global Times"),
        ("The Associated Press reported it.", "newspaper", None),
        ("He met the FBI and the CIA.", "network", None),
    ],
)
def test_outlet_named_before(text: str, kind: str, expected: str | None) -> None:
    assert outlet_named_before(text, len(text), kind) == expected


# A work published "in" an outlet credits the outlet (`published_in`), as "a report by The
# Associated Press" credits the agency; the source stays the whole phrase.  BASIL 87609973 (NYT)
# had the speaker "report in Fox News".  "in" before a place is where, as before.
PUBLISHED_IN = [
    (
        "According to a report in Fox News, the sailor had hoped that his case would be treated like Mrs. Clinton's.",
        [("According to", "a report in Fox News", "Fox News")],
    ),
    (
        "According to an article in The New York Times, the sailor had hoped to leave.",
        [("According to", "an article in The New York Times", "New York Times")],
    ),
    ("According to a report in Iowa, the sailor had hoped to leave.", [("According to", "a report in Iowa", "report in Iowa")]),
]


@pytest.mark.parametrize("text, expected", PUBLISHED_IN)
def test_a_work_published_in_an_outlet_is_the_outlets(text: str, expected: list) -> None:
    from voice_cases import cue_sources

    assert cue_sources(text) == expected


def test_a_work_published_in_an_outlet_from_framing_score(tmp_path) -> None:
    text = PUBLISHED_IN[0][0] + "\n"
    rows = scored_attributions(tmp_path, text)
    assert [(r["text"], r["speaker"], text[r["source"]["start"] : r["source"]["end"]]) for r in rows] == [
        ("According to", "Fox News", "a report in Fox News")
    ]


@pytest.mark.parametrize(
    "phrase, first, expected",
    [
        ("a report in Fox News", 3, True),
        ("an editorial in The Washington Post", 4, True),
        ("a report in Iowa", 3, False),
        ("an interview in Fox News", 3, False),  # the one interviewed speaks, not the outlet
        ("officials in New York", 2, False),
    ],
)
def test_published_in(phrase: str, first: int, expected: bool) -> None:
    from framing.outlet_referents import published_in

    tokens = word_tokens(phrase)
    assert published_in([phrase[t.start : t.end] for t in tokens], [t.norm for t in tokens], first) is expected
