"""The article as the attribution modules read it (framing/article_text.py): here, a capitalised
"Now" that ends a name (`ArticleText.name_ends_in_adverb`), kept in the subject before a cue
where the adverb "now" is stepped over.  Rows: a text and, for each attribution span
`framing.analyze` writes, its cue, speaker and source."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_attributions, scored_attributions

NAMES_ENDING_IN_NOW = [
    ("Democracy Now reported that the talks had failed.", [("reported", "Democracy Now", "Democracy Now")]),
    ("The talks failed, Democracy Now reported on Monday.", [("reported", "Democracy Now", "Democracy Now")]),
    (
        "Juan Gonzalez of Democracy Now reported that the talks had failed.",
        [("reported", "Juan Gonzalez", "Juan Gonzalez of Democracy Now")],
    ),
    # The adverb opening a sentence, or written in lower case: no part of the name.
    ("The talks failed. Now Smith says they did not.", [("says", "Smith", "Now Smith")]),
    ("The talks had failed, Smith now said.", [("said", "Smith", "Smith")]),
    # A headline in Title Case capitalises the adverb: still the adverb.
    ("Trump Now Says Talks Failed\n\nThe talks failed.", [("Says", "Trump", "Trump")]),
]


@pytest.mark.parametrize("text, expected", NAMES_ENDING_IN_NOW)
def test_a_name_ending_in_now_keeps_it(text, expected):
    assert [(cue, speaker, source) for cue, speaker, source, _ in analyzed_attributions(text)] == expected


def test_a_name_ending_in_now_keeps_it_from_framing_score(tmp_path):
    text = "Talks\n\nThe talks failed, Democracy Now reported on Monday.\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("reported", "Democracy Now")]
