"""The inverted source of framing/phrases_after_cue.py (`said the minister`) against a
complement with a subject and a verb of its own (`said the plan failed`): each row is a text and
its attributions as (cue, speaker, source, content), checked as exact substrings."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_attributions as attributions_of, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
        # After the cue, a determiner, a noun and a past tense: a clause, the cue's complement.
        (
            "Alan Smith, 54, of Ohio, said the plan failed.",
            [("said", "Alan Smith", "Alan Smith", "the plan failed")],
        ),
        (
            "Alan Smith, a neurosurgeon, said the plan failed.",
            [("said", "Alan Smith", "Alan Smith", "the plan failed")],
        ),
        # A participle after its noun is no verb of the phrase: still an inverted source.
        (
            "The plan failed, said a person involved.",
            [("said", "anonymous", "a person involved", "The plan failed")],
        ),
        (
            "The plan failed, said the minister.",
            [("said", "minister", "the minister", "The plan failed")],
        ),
    ],
)
def test_a_phrase_ending_in_its_own_verb_is_no_inverted_source(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    "text, content",
    [
        # "that" before a finite verb is the subject of what is said, not a complementiser.
        ("Officials said that was unlikely.", "that was unlikely"),
        ("He told reporters that was false.", "that was false"),
        ("Experts say that would permit more ships.", "that would permit more ships"),
        # "that" before a subject opens the clause and is left out.
        ("He said that the plan would fail.", "the plan would fail"),
    ],
)
def test_that_as_a_subject_opens_the_content(text: str, content: str) -> None:
    assert [what for *_, what in attributions_of(text)] == [content]


def test_that_as_a_subject_from_framing_score(tmp_path) -> None:
    text = "Talks\n\nOfficials said that was unlikely.\n"
    spans = scored_attributions(tmp_path, text)
    assert [text[s["content"]["start"] : s["content"]["end"]] for s in spans] == ["that was unlikely"]
