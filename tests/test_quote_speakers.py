"""The kind and speaker of each quotation (framing/quote_speakers.py), through the voice stage:
credited by a cue, continuing after its tag, a fragment, a scare quote or a mention.  Rows are a
text and its quotations as (quoted text, kind, speaker)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app
from voice_cases import analysed


@pytest.mark.parametrize(
    "text, expected",
    [
        # Credited by the cue after it, and the next quotation of the paragraph goes on.
        (
            '"We will win," Trump said. "And we will win big."',
            [('"We will win,"', "direct", "Trump"), ('"And we will win big."', "direct", "Trump")],
        ),
        # Resumed after the tag in the same sentence.
        (
            '"We will win," Trump said Tuesday in Ohio, "and we will win big."',
            [('"We will win,"', "direct", "Trump"), ('"and we will win big."', "direct", "Trump")],
        ),
        # A short quoted fragment credited to a speaker is spoken too.
        ('Lavrov dismissed Zelenskyy as "pathetic" on Monday.', [('"pathetic"', "fragment", "Lavrov")]),
        # Nobody is said to have spoken a scare quote; a term named is a mention.
        ('The so-called "peace plan" was never published.', [('"peace plan"', "scare", None)]),
        ('The term "deep state" refers to officials.', [('"deep state"', "mention", None)]),
    ],
)
def test_each_quotation_has_its_kind_and_speaker(text: str, expected: list[tuple]) -> None:
    assert [(text[q.start : q.end], q.kind, q.speaker) for q in analysed(text).quotes] == expected


def test_quote_spans_from_framing_score(tmp_path) -> None:
    text = 'Talks\n\n"We will win," Trump said. The so-called "peace plan" was never published.\n'
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(tmp_path / "a.txt"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    spans = json.loads(out.read_text(encoding="utf-8"))["spans"]
    assert [(s["text"], s["speaker"]) for s in spans if s["type"] == "quote"] == [('"We will win,"', "Trump"), ('"peace plan"', None)]


_NESTED = (
    "California and New York likewise announced that they will sue over what Gov. Gavin Newsom of "
    "California called the president’s “vanity project,” and other groups lined up to do the same."
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A quotation inside the content of a cue nested in another cue's content is the inner
        # speaker's words (BASIL triplet, NYT: the states announced, Newsom called it a "vanity
        # project"; the quotation was credited to "California and New York likewise").
        (_NESTED, [("“vanity project,”", "Gavin Newsom")]),
        ('The senator said Mr. Trump called the plan a "disaster" on Monday.', [('"disaster"', "Trump")]),
        # Not nested: the outer speaker, as before.
        ('The senator said the plan was a "disaster" on Monday.', [('"disaster"', "senator")]),
    ],
)
def test_a_nested_cue_speaks_its_own_quotation(text: str, expected: list[tuple]) -> None:
    spans = framing.analyze(text).spans
    assert [(s.text, s.speaker) for s in spans if s.type == "quote"] == expected


def test_nested_quotation_speaker_from_framing_score(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(_NESTED + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(tmp_path / "a.txt"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    spans = json.loads(out.read_text(encoding="utf-8"))["spans"]
    assert [(s["text"], s["speaker"]) for s in spans if s["type"] == "quote"] == [("“vanity project,”", "Gavin Newsom")]


_RYAN = (
    "House Speaker Paul D. Ryan (R-Wis.) said the recent spate of police shootings and protests demands that all "
    'Americans engage in "more listening" and "more learning."  "It\'s heartbreaking," Ryan said. '
    '"And this country has to find new ways of learning how to heal."'
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A quotation that is the whole content of the tag after it ("Ryan said") is the tag's
        # speaker's, though the content of a cue in the sentence before ran on over it (was
        # "protests", and the next quotation went on as theirs).  (The fragments in that sentence
        # go with its nested cue "protests demands": a cue's matter, not read here.)
        (
            _RYAN,
            [
                ('"It\'s heartbreaking,"', "Paul D. Ryan"),
                ('"And this country has to find new ways of learning how to heal."', "Paul D. Ryan"),
            ],
        ),
    ],
)
def test_a_quotation_tagged_after_it_is_the_tags_speakers(text: str, expected: list[tuple]) -> None:
    spans = framing.analyze(text).spans
    assert [(s.text, s.speaker) for s in spans if s.type == "quote"][2:] == expected


def test_a_quotation_tagged_after_it_from_framing_score(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Ryan\n\n" + _RYAN + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(tmp_path / "a.txt"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    spans = json.loads(out.read_text(encoding="utf-8"))["spans"]
    assert [(s["text"], s["speaker"]) for s in spans if s["type"] == "quote"][2:] == [
        ('"It\'s heartbreaking,"', "Paul D. Ryan"),
        ('"And this country has to find new ways of learning how to heal."', "Paul D. Ryan"),
    ]
