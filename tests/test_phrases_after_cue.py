"""The inverted source of framing/phrases_after_cue.py (`said the minister`) against a
complement with a subject and a verb of its own (`said the plan failed`): each row is a text and
its attributions as (cue, speaker, source, content), checked as exact substrings."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app
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


# A tag between a quotation and its cue longer than eight tokens is read when it is a name or a
# description of those who speak for one, with its names and places; a spokesman unnamed is an
# anonymous source, as the shorter "a spokesman for Mayor Bill de Blasio" is, and the quotation
# and its cue name the same speaker.
@pytest.mark.parametrize(
    "text, speaker, source",
    [
        (
            'City hall was quiet.\n\n"We are reviewing the report," a spokesman for Mayor Frank G. Jackson of Cleveland said on Monday.',
            "anonymous",
            "a spokesman for Mayor Frank G. Jackson of Cleveland",
        ),
        (
            '"We are reviewing the report," a spokesman for Mayor Bill de Blasio said on Monday.',
            "anonymous",
            "a spokesman for Mayor Bill de Blasio",
        ),
        (
            '"It would be a stretch for them," Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote in December.',
            "Jeffrey Lewis",  # the person speaks; the source phrase keeps where he is from
            "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies",
        ),
    ],
)
def test_a_long_tag_after_a_quotation_credits_it(text: str, speaker: str, source: str) -> None:
    spans = framing.analyze(text).spans
    [attribution] = [s for s in spans if s.type == "attribution"]
    [quote] = [s for s in spans if s.type == "quote"]
    assert (attribution.speaker, text[attribution.source.start : attribution.source.end]) == (speaker, source)
    assert quote.speaker == speaker


def test_a_tag_with_a_verb_of_its_own_stays_unread_past_eight_tokens() -> None:
    """`the nominee wrote in an early morning tweet`: a clause, not a tag (ten tokens with a
    lower-case verb): the quotation is credited to the nominee before the cue, never to the clause."""
    text = '"Resign!" the presumptive Republican presidential nominee wrote in an early morning tweet.'
    assert [(s.speaker, text[s.source.start : s.source.end]) for s in framing.analyze(text).spans if s.type == "attribution"] == [
        ("presumptive Republican presidential nominee", "the presumptive Republican presidential nominee"),
    ]


def test_a_long_tag_from_framing_score(tmp_path) -> None:
    text = 'City hall\n\n"We are reviewing the report," a spokesman for Mayor Frank G. Jackson of Cleveland said on Monday.\n'
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    spans = json.loads(out.read_text(encoding="utf-8"))["spans"]
    assert [(s["type"], s["speaker"]) for s in spans if s["type"] in ("quote", "attribution", "anonymous_source")] == [
        ("quote", "anonymous"),
        ("anonymous_source", "anonymous"),
        ("attribution", "anonymous"),
    ]


# A quotation ending in "?" or "!" puts the sentence splitter's boundary before its tag; the tag
# still credits it when a time phrase ends the tag's sentence (`short_tag`, `TAG_END_RE`).
@pytest.mark.parametrize(
    "text, expected",
    [
        ("“Is it over?” Clinton asked on Monday night.", [("asked", "Clinton", "Clinton", "“Is it over?”")]),
        ("“Jail!” Trump tweeted early Tuesday.", [("tweeted", "Trump", "Trump", "“Jail!”")]),
        ("“Jail!” Trump tweeted Tuesday.", [("tweeted", "Trump", "Trump", "“Jail!”")]),
        # A clause after the quotation, not a tag, credits it with nothing.
        ("“Is it over?” Officials met on Monday night.", []),
    ],
)
def test_a_tag_ending_in_a_time_phrase_after_a_question(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


def test_a_tag_ending_in_a_time_phrase_from_framing_score(tmp_path) -> None:
    """`framing score` on Fox News' article of BASIL triplet 87609973: 'Trump tweeted early
    Tuesday' credits Trump with the tweet before it (its content was 'early Tuesday')."""
    text = "Huma\n\n“Remember sailors pictures on the submarine? Jail!” Trump tweeted early Tuesday.\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["speaker"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [
        ("tweeted", "Trump", "“Remember sailors pictures on the submarine? Jail!”")
    ]


# "according to" credits a report with where it was published, up to a comma or the sentence
# end (`according_source`), as PolNeAR marks 15 of 16 such phrases; not a time, not lower case.
# The outlet a report was published in speaks (`outlet_referents.published_in`).
@pytest.mark.parametrize(
    "text, expected",
    [
        ("According to a report in Fox News, the sailor had hoped to receive a pardon.",
         [("According to", "Fox News", "a report in Fox News", "the sailor had hoped to receive a pardon")]),
        ("The sailor had hoped for a pardon, according to a count by The Associated Press.",
         [("according to", "Associated Press", "a count by The Associated Press", "The sailor had hoped for a pardon")]),
        ("He left, according to a report in Fox News",
         [("according to", "Fox News", "a report in Fox News", "He left")]),
        ("According to a congressional report on Wednesday, he left.",
         [("According to", "congressional report", "a congressional report", "on Wednesday, he left")]),
        ("According to reports in the press, he left.", [("According to", "reports", "reports", "in the press, he left")]),
    ],
)
def test_according_to_runs_on_through_the_publication(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


def test_according_to_a_report_in_a_publication_from_framing_score(tmp_path) -> None:
    """`framing score` on the New York Times' article of BASIL triplet 87609973: the source is
    "a report in Fox News" and the content starts at "the sailor" (it was "a report", and the
    content began "in Fox News, the sailor ...")."""
    text = "Pardon\n\nAccording to a report in Fox News, the sailor had hoped to receive a pardon from the president, but has not.\n"
    [span] = scored_attributions(tmp_path, text)
    assert (text[span["source"]["start"] : span["source"]["end"]], text[span["content"]["start"] : span["content"]["end"]]) == (
        "a report in Fox News", "the sailor had hoped to receive a pardon from the president, but has not")
