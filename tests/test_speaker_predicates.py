"""The person a predicate describes (framing/speaker_predicates.py): `X is a ... and bully who
said` is X speaking.  Rows: a text and its attributions as (cue, speaker, source, content), exact
substrings, through `framing.analyze`."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_attributions as attributions_of, scored_attributions


# A relative clause after a list of lower-case nouns that "is a" gives a name: the name speaks
# (was "bully"); the source stays the phrase before "who", as PolNeAR marks "who".  Rows: a text
# and its attributions as (cue, speaker, source, content).
DESCRIBED_NAMES = [
    (
        "Editor’s note: Donald Trump is a serial liar, rampant xenophobe, racist, misogynist, birther and bully who "
        "has repeatedly pledged to ban all Muslims from entering the U.S.",
        [("pledged", "Donald Trump", "bully who", "to ban all Muslims from entering the U.S")],
    ),
    ("Mr. Smith is a lawyer who said the case was weak.", [("said", "Smith", "a lawyer who", "the case was weak")]),
    # As before: an appositive, not "is a".
    ("The court heard from Smith, a farmer who said the crops failed.", [("said", "farmer", "a farmer who", "the crops failed")]),
]


@pytest.mark.parametrize("text, expected", DESCRIBED_NAMES)
def test_the_name_a_list_of_nouns_describes_speaks(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


def test_the_name_a_list_of_nouns_describes_from_framing_score(tmp_path) -> None:
    text, expected = DESCRIBED_NAMES[0]
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, "Trump\n\n" + text + "\n")] == [e[:2] for e in expected]
