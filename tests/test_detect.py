"""Detection: overlapping lexicon matches of one type and voice are one finding, counted once."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app
from framing.detect import one_per_overlap
from framing.models import Span

LEXICAL = ("loaded", "hedge", "booster")


def lexical(analysis):
    return [(s.start, s.end, s.text, s.type, s.voice, s.term, s.rule) for s in analysis.spans if s.type in LEXICAL]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "is considered" (9-22) and "considered to be" (12-28): one hedge over both, named by the longer.
        ("The plan is considered to be risky.",
         [(9, 28, "is considered to be", "hedge", "author", "considered to be",
           "overlap: also matched 'is considered' (one hedge, counted once)")]),
        ("It is believed to be true.",
         [(0, 20, "It is believed to be", "hedge", "author", "is believed to be",
           "overlap: also matched 'it is believed' (one hedge, counted once)")]),
        # Equal lengths and weights: the earlier match names the finding; a different category is said.
        ("She is said to be furious.",
         [(4, 17, "is said to be", "hedge", "author", "is said to",
           "overlap: also matched 'said to be' (vague_attribution) (one hedge, counted once)"),
          (18, 25, "furious", "loaded", "author", "furious", None)]),
        ("Critics say it is considered to be weak.",
         [(0, 7, "Critics", "hedge", "author", "critics", "vague-group: a view credited to unnamed 'critics'"),
          (12, 34, "it is considered to be", "hedge", "author", "it is considered",
           "overlap: also matched 'considered to be' (one hedge, counted once)")]),
        ("The data clearly shows that it works.",
         [(9, 27, "clearly shows that", "booster", "author", "clearly shows",
           "overlap: also matched 'shows that' (one booster, counted once)")]),
        # A booster and a hedge overlapping are two findings: they count in different scores.
        ("The court must be considered biased.",
         [(10, 17, "must be", "booster", "author", "must be", None),
          (15, 28, "be considered", "hedge", "author", "be considered", None)]),
        # No overlap, nothing merged.
        ("It is considered risky, and some of them agree.",
         [(0, 16, "It is considered", "hedge", "author", "it is considered", None),
          (28, 35, "some of", "hedge", "author", "some of", None)]),
    ],
)
def test_overlapping_matches_of_one_type_are_one_finding(text, expected):
    analysis = framing.analyze(text)
    assert lexical(analysis) == expected
    assert all(text[s.start : s.end] == s.text for s in analysis.spans)


def test_an_overlap_inside_a_quotation_keeps_the_speaker():
    text = 'Critics agree. "The plan is considered to be risky," Jane Smith said.'
    [hedge] = [s for s in framing.analyze(text).spans if s.type == "hedge" and s.voice == "quoted"]
    assert (hedge.start, hedge.end, hedge.text, hedge.speaker) == (25, 44, "is considered to be", "Jane Smith")


def test_the_attribution_under_a_merged_hedge_stays_its_own_finding():
    spans = framing.analyze("The plan is considered to be risky.").spans
    assert [(s.start, s.end, s.type) for s in spans] == [(9, 28, "hedge"), (12, 22, "attribution")]


@pytest.mark.parametrize(
    "text, hedge_per_1k, hedges",
    [
        ("The plan is considered to be risky.", 142.86, 1),  # 1 hedge / 7 words; two overlapping matches
        ("The plan is considered risky and is said to be doomed.", 181.82, 2),  # 2 / 11
    ],
)
def test_scores_count_an_overlap_once(text, hedge_per_1k, hedges):
    analysis = framing.analyze(text)
    assert analysis.scores["hedge_per_1k"] == hedge_per_1k
    assert sum(s.type == "hedge" for s in analysis.spans) == hedges


def test_overlapping_loaded_terms_are_one_finding_with_the_longer_terms_weight(tmp_path):
    # "smear campaign" (political_pejorative, 3) is ours; "campaign of lies" (deception, 2) the user's.
    (tmp_path / "loaded.tsv").write_text(
        "term\tcategory\tweight\tnote\tsource\ncampaign of lies\tdeception\t2\t\tme\n", encoding="utf-8")
    text = "It was a smear campaign of lies."
    assert [(s.text, s.term) for s in framing.analyze(text).spans if s.type == "loaded"] == [
        ("smear campaign", "smear campaign"), ("lies", "lie")]
    analysis = framing.analyze(text, lexicons=[tmp_path])
    [loaded] = [s for s in analysis.spans if s.type == "loaded"]  # "lies" lies inside "campaign of lies"
    assert (loaded.start, loaded.end, loaded.text, loaded.term, loaded.category, loaded.weight) == (
        9, 31, "smear campaign of lies", "campaign of lies", "deception", 2)
    assert loaded.rule == "overlap: also matched 'smear campaign' (political_pejorative) (one loaded, counted once)"
    assert analysis.scores["loaded_author_per_1k"] == 142.86  # 1 finding / 7 words
    assert analysis.scores["loaded_weighted_author_per_1k"] == 285.71  # weight 2 / 7 words


def span(start, end, type_="hedge", voice="author", weight=1, term=None, category="c"):
    return Span(start, end, "x" * (end - start), type_, category, weight, voice, None, None, None,
                term or f"t{start}", type_)


@pytest.mark.parametrize(
    "spans, expected",
    [
        # (start, end, term) of each finding returned
        ([span(0, 5), span(5, 9)], [(0, 5, "t0"), (5, 9, "t5")]),  # touching is not overlapping
        ([span(0, 5), span(3, 9)], [(0, 9, "t3")]),  # the longer names it
        ([span(0, 6), span(3, 9)], [(0, 9, "t0")]),  # equal length: the earlier
        ([span(0, 6, weight=1), span(3, 9, weight=3)], [(0, 9, "t3")]),  # equal length: the heavier first
        ([span(0, 5), span(3, 9), span(8, 20)], [(0, 20, "t8")]),  # a chain is one finding
        ([span(0, 10), span(2, 12), span(12, 14)], [(0, 12, "t0"), (12, 14, "t12")]),
        ([span(0, 5), span(3, 9, voice="quoted")], [(0, 5, "t0"), (3, 9, "t3")]),  # other voice
        ([span(0, 5), span(3, 9, type_="booster")], [(0, 5, "t0"), (3, 9, "t3")]),  # other type
        # a loaded word between two overlapping hedges does not break the hedges' group
        ([span(0, 5), span(2, 4, type_="loaded"), span(3, 9)], [(0, 9, "t3"), (2, 4, "t2")]),
        # inside a long loaded finding: the two hedges still merge, the loaded one stays
        ([span(0, 20, type_="loaded"), span(3, 5), span(4, 9)], [(0, 20, "t0"), (3, 9, "t4")]),
    ],
)
def test_one_per_overlap(spans, expected):
    text = "abcdefghijklmnopqrstuvwxyz"
    out = one_per_overlap(text, spans)
    assert [(s.start, s.end, s.term) for s in out] == expected
    assert all(s.text == text[s.start : s.end] for s in out if "overlap" in (s.rule or ""))


def test_without_an_overlap_the_same_list_comes_back():
    spans = [span(0, 5), span(3, 9, type_="booster"), span(6, 8, voice="quoted")]
    assert one_per_overlap("x" * 10, spans) is spans


def test_framing_score_counts_an_overlap_once_in_jsonl_and_csv(tmp_path):
    article = tmp_path / "plan.txt"
    article.write_text("The plan is considered to be risky.\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["score", str(article), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    hedges = [s for s in record["spans"] if s["type"] == "hedge"]
    assert [(s["start"], s["end"], s["text"], s["term"]) for s in hedges] == [(9, 28, "is considered to be", "considered to be")]
    assert record["scores"]["hedge_per_1k"] == 142.86

    out, spans = tmp_path / "scores.csv", tmp_path / "spans.csv"
    result = runner.invoke(app, ["score", str(article), "--format", "csv", "--out", str(out), "--spans", str(spans)])
    assert result.exit_code == 0, result.output
    [row] = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert float(row["hedge_per_1k"]) == 142.86
    rows = [r for r in csv.DictReader(io.StringIO(spans.read_text(encoding="utf-8"))) if r["type"] == "hedge"]
    assert [(r["start"], r["end"], r["text"]) for r in rows] == [("9", "28", "is considered to be")]


def test_the_main_matchs_own_rule_comes_before_the_overlap_note():
    shorter = span(0, 5, term="by some")
    longer = span(3, 9, term="some of them", category="vague_group")
    longer.rule = "vague-quantifier: 'some' names an unspecified group"
    [merged] = one_per_overlap("by some of them", [shorter, longer])
    assert (merged.start, merged.end, merged.text, merged.term, merged.category) == (0, 9, "by some o", "some of them", "vague_group")
    assert merged.rule == ("vague-quantifier: 'some' names an unspecified group; "
                           "overlap: also matched 'by some' (c) (one hedge, counted once)")


def test_no_neutral_reporting_verb_is_a_loaded_word():
    """detect drops a loaded word that is the cue of a neutral attribution (`Lawsuits claiming
    fraud`), taking such a cue for one whose doubting stance the attribution stage turned down:
    that holds only while no reporting verb of stance neutral is itself a loaded word."""
    lexicons = framing.lexicon.load()
    neutral = {t for t, e in lexicons.entries["reporting_verbs"].items() if e.category == "neutral"}
    loaded = {t for t, e in lexicons.entries["loaded"].items() if e.category != "plain_sense"}
    assert neutral & loaded == set()
