"""Where contents end against their neighbours (framing/content_ends.py): before a participle
that shares the cue's subject, and past a quoted fragment to the end of its clause.  Rows are a
text and the content of its first attribution, exact substrings, through `framing.analyze`."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_attributions, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
        # A participle sharing the subject has its own content; the earlier one ends at the comma.
        (
            "She doubled down on the plan, telling CNN that the deal was dead.",
            [("doubled down on", None, "She", "the plan"), ("telling", None, "She", "the deal was dead")],
        ),
        # ... and one left with only a time is no attribution's content at all.
        ("She spoke on Sunday, telling CNN that the deal was dead.", [("telling", None, "She", "the deal was dead")]),
    ],
)
def test_a_content_ends_before_a_participle_sharing_its_subject(text: str, expected: list[tuple]) -> None:
    assert analyzed_attributions(text) == expected


@pytest.mark.parametrize(
    "text, content",
    [
        # An indirect content that ends with a quoted fragment goes on with its clause.
        ('He said he was "outraged" to even hear about it.', 'he was "outraged" to even hear about it'),
        (
            'Trump said he wants to be a "neutral" broker between Israelis and Palestinians.',
            'he wants to be a "neutral" broker between Israelis and Palestinians',
        ),
        ('Clinton said there had been some "good gains" in the platform, aides added.', 'there had been some "good gains" in the platform'),
        # ... to the sentence end, across abbreviations.
        ('Ban Ki-moon said it was a "brazen breach" of U.N. resolutions.', 'it was a "brazen breach" of U.N. resolutions'),
        # Not after a quotation that ends a clause of its own, nor for a direct quotation.
        ('He called the plan "a disaster," and left.', 'the plan "a disaster,"'),
        ('Trump said "we will win" and left the stage.', '"we will win"'),
    ],
)
def test_a_quoted_fragment_does_not_end_the_clause_it_is_in(text: str, content: str) -> None:
    assert [row[-1] for row in analyzed_attributions(text)][:1] == [content]


def test_a_quoted_fragment_and_its_clause_from_framing_score(tmp_path) -> None:
    text = 'Talks\n\nHe said he was "outraged" to even hear about it.\n'
    spans = scored_attributions(tmp_path, text)
    assert [text[s["content"]["start"] : s["content"]["end"]] for s in spans] == ['he was "outraged" to even hear about it']
