"""Every article score, computed by hand on a small made-up set of findings."""

from __future__ import annotations

import pytest

from framing import score
from framing.models import Sentence, Span


def span(type_, voice="author", weight=None, speaker=None, stance=None):
    return Span(0, 1, "x", type_, weight=weight, voice=voice, speaker=speaker, stance=stance)


# 400 analysed words, 100 of them inside spoken quotations, so 300 in the outlet's own voice.
FINDINGS = [
    span("loaded", "author", weight=3),
    span("loaded", "author", weight=1),
    span("loaded", "author"),  # no weight: counts 1 in the weighted score
    span("loaded", "quoted", weight=2),
    span("hedge", "author"),
    span("hedge", "quoted"),  # a source's hedge is not the outlet's
    span("booster", "author"),
    span("quote", "quoted"),
    span("quote", "author"),  # a scare quote: not a spoken quotation
    span("attribution", stance="neutral", speaker="Sergey Lavrov"),
    span("attribution", stance="lowering", speaker="anonymous"),
    span("attribution", stance="aggressive", speaker="Maria Zakharova"),
    span("attribution", stance="neutral", speaker="anonymous"),
]
SENTENCES = [
    Sentence(0, 1, "author", 0.9),
    Sentence(0, 1, "author", 0.2),
    Sentence(0, 1, "author", 0.6),
    Sentence(0, 1, "quoted", 0.99),  # quoted sentences do not count against the outlet
]
INPUT = score.ScoreInput(words=400, quoted_words=100, spans=FINDINGS, sentences=SENTENCES, threshold=0.5)

EXPECTED = {
    "loaded_author_per_1k": 10.0,  # 3 / 300 * 1000
    "loaded_quoted_per_1k": 10.0,  # 1 / 100 * 1000
    "loaded_per_1k": 10.0,  # 4 / 400 * 1000
    "loaded_weighted_author_per_1k": 16.67,  # (3 + 1 + 1) / 300 * 1000
    "hedge_per_1k": 3.33,  # 1 / 300 * 1000
    "booster_per_1k": 3.33,  # 1 / 300 * 1000
    "quote_share": 0.25,  # 100 / 400
    "quotes": 1,
    "attributions": 4,
    "anonymous_source_share": 0.5,  # 2 / 4
    "nonneutral_verb_share": 0.5,  # lowering + aggressive of 4
    "biased_sentence_share": 0.6667,  # 0.9 and 0.6 of the 3 author sentences
    "mean_bias_probability": 0.5667,  # (0.9 + 0.2 + 0.6) / 3
}


@pytest.mark.parametrize("name, expected", EXPECTED.items())
def test_score_matches_the_hand_computed_value(name, expected):
    assert score.SCORES[name](INPUT) == expected


def test_every_registered_score_is_specified_here():
    assert set(score.SCORES) == set(EXPECTED)


@pytest.mark.parametrize("stances, expected", [
    (["neutral", "lowering", "thought", "thought"], 0.5),  # beliefs leave both counts: 1 of 2
    (["thought", "aggressive"], 1.0),
    (["thought", "thought"], None),  # nothing said, so no verb choice to measure
    (["neutral", "neutral", "concession"], 0.3333),
])
def test_nonneutral_verb_share_counts_only_attributions_of_speech(stances, expected):
    findings = [span("attribution", stance=s, speaker="Kaja Kallas") for s in stances]
    x = score.ScoreInput(words=100, quoted_words=0, spans=findings, sentences=[])
    assert score.SCORES["nonneutral_verb_share"](x) == expected


def test_rates_are_none_not_zero_when_there_is_nothing_to_divide_by():
    empty = score.ScoreInput(words=0, quoted_words=0, spans=[], sentences=[])
    values = score.compute(empty)
    assert values["loaded_author_per_1k"] is None
    assert values["quote_share"] is None
    assert values["anonymous_source_share"] is None
    assert values["biased_sentence_share"] is None
    assert values["attributions"] == 0


def test_every_score_has_a_definition_in_plain_words():
    for name, text in score.describe().items():
        assert len(text.split()) >= 8, name


@pytest.mark.parametrize("type_, voice, findings, of_type", [
    ("loaded", "author", 1, 3),  # the mention is left out of findings, kept by of_type (any voice)
    ("loaded", None, 2, 3),
    ("attribution", None, 1, 1),
    ("hedge", None, 0, 0),
])
def test_findings_leave_mentions_out_and_of_type_keeps_them(type_, voice, findings, of_type):
    from framing.models import MENTION_RULE
    spans = [
        span("loaded", "author"),
        Span(5, 9, "term", "loaded", voice="author", rule=MENTION_RULE),
        span("loaded", "quoted"),
        span("attribution", stance="neutral"),
    ]
    x = score.ScoreInput(words=100, quoted_words=10, spans=spans, sentences=[])
    assert x.count(type_, voice) == findings == len(list(x.findings(type_, voice)))
    assert len(x.of_type(type_)) == of_type
    assert x.of_type(type_) == [s for s in spans if s.type == type_]
