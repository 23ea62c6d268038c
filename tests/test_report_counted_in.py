"""Which scores a finding counts in (framing/report_counted_in.py): worked out from the scores of
framing/score.py, named in the report's details as its charts and tables name them."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from typer.testing import CliRunner

import framing
from framing import score
from framing.cli import app
from framing.models import MENTION_RULE
from framing.report import ReportConfig, article_record, build_report
from framing.report_counted_in import BIASED_SENTENCE, PROBE_QUOTED_WORDS, PROBE_WORDS, counted_as_not, counted_in, kind_key, record_kinds

NAMES = list(score.SCORES)


def scores_of(kind: dict, classified: bool = False) -> list[str]:
    found = counted_in(record_kinds([kind]), NAMES, classified=classified)
    key = kind_key(kind["type"], kind.get("voice"), kind.get("rule"), kind.get("stance"), kind.get("speaker"))
    return [NAMES[i] for i in found[key]]


@pytest.mark.parametrize(("kind", "expected"), [
    ({"type": "loaded", "voice": "author"}, ["loaded_author_per_1k", "loaded_per_1k", "loaded_weighted_author_per_1k"]),
    ({"type": "loaded", "voice": "quoted"}, ["loaded_quoted_per_1k", "loaded_per_1k"]),
    # 'The term "deep state" refers to ...': named, not used: no score
    ({"type": "loaded", "voice": "author", "rule": MENTION_RULE}, []),
    ({"type": "hedge", "voice": "author"}, ["hedge_per_1k"]),
    ({"type": "hedge", "voice": "quoted"}, []),  # a source's hedge is not the outlet's
    ({"type": "booster", "voice": "author"}, ["booster_per_1k"]),
    ({"type": "quote", "voice": "quoted"}, ["quote_share", "quotes"]),
    ({"type": "quote", "voice": "author"}, []),  # scare quotes: the outlet's own words, no quotation
    # "said" is in the share of reported speech with a loaded verb: as one that is not
    ({"type": "attribution", "voice": "author", "stance": "neutral"}, ["attributions", "anonymous_source_share", "nonneutral_verb_share"]),
    ({"type": "attribution", "voice": "author", "stance": "lowering"}, ["attributions", "anonymous_source_share", "nonneutral_verb_share"]),
    # "believes" reports a thought, not speech: left out of the verb share
    ({"type": "attribution", "voice": "author", "stance": "thought", "speaker": "anonymous"}, ["attributions", "anonymous_source_share"]),
    ({"type": "anonymous_source", "voice": "author", "speaker": "anonymous"}, []),  # its attribution counts, not the phrase
])
def test_each_kind_of_finding_counts_in_the_scores_that_read_it(kind, expected):
    assert scores_of(kind) == expected


@pytest.mark.parametrize(("kind", "as_not"), [
    # "said": one of the attributions, not one to an anonymous source, nor one with a loaded verb
    ({"type": "attribution", "voice": "author", "stance": "neutral"}, ["anonymous_source_share", "nonneutral_verb_share"]),
    ({"type": "attribution", "voice": "author", "stance": "lowering"}, ["anonymous_source_share"]),  # "claimed", named: loaded, not anonymous
    ({"type": "attribution", "voice": "author", "stance": "neutral", "speaker": "anonymous"}, ["nonneutral_verb_share"]),  # "officials said"
    ({"type": "attribution", "voice": "author", "stance": "lowering", "speaker": "anonymous"}, []),
    ({"type": "loaded", "voice": "author"}, []),  # raises every score it counts in
    ({"type": "quote", "voice": "quoted"}, []),
])
def test_a_finding_counts_in_some_shares_as_one_that_is_not(kind, as_not):
    found = counted_as_not(record_kinds([kind]), NAMES)
    key = kind_key(kind["type"], kind.get("voice"), kind.get("rule"), kind.get("stance"), kind.get("speaker"))
    assert [NAMES[i] for i in found.get(key, [])] == as_not
    assert set(found.get(key, [])) <= set(counted_in(record_kinds([kind]), NAMES)[key])  # among the scores it counts in


def test_a_sentence_the_classifier_marks_counts_in_the_two_classifier_scores():
    found = counted_in(set(), NAMES, threshold=0.7, classified=True)
    assert [NAMES[i] for i in found[BIASED_SENTENCE]] == ["biased_sentence_share", "mean_bias_probability"]
    assert BIASED_SENTENCE not in counted_in(set(), NAMES)  # no model ran: no such finding


def test_indices_follow_the_scores_the_report_shows():
    shown = ["quotes", "hedge_per_1k", "not_a_score"]
    assert counted_in(record_kinds([{"type": "hedge", "voice": "author"}]), shown) == {"hedge|author|0||0": [1]}


def test_the_kind_holds_everything_the_scores_read_from_the_seeds_findings(seeds_dir):
    """Each finding of the seeds, put whole (weight, category, speaker, verb, term) into the probe
    article, counts in the scores its kind's key says: the key leaves out nothing a score reads."""
    by_key = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        analysis = framing.analyze(path.read_text(encoding="utf-8"), id=path.stem)
        spans = analysis.spans
        assert len(spans) > 40
        keys = counted_in(record_kinds(s.to_dict() for s in spans), NAMES)
        for s in spans:
            quoted = PROBE_QUOTED_WORDS + (10 if s.type == "quote" and s.voice == "quoted" else 0)
            empty = score.ScoreInput(PROBE_WORDS, PROBE_QUOTED_WORDS, [], [])
            whole = score.ScoreInput(PROBE_WORDS, quoted, [s], [])
            moved = [i for i, name in enumerate(NAMES) if score.SCORES[name](whole) != score.SCORES[name](empty)]
            key = kind_key(s.type, s.voice, s.rule, s.stance, s.speaker)
            assert keys[key] == moved, (s.text, s.type, key)
            by_key[key] = moved
    assert len(by_key) >= 6  # loaded, hedge, booster, quote, attribution and anonymous kinds at least


def page_data(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="page-data">(.*?)</script>', html, re.S).group(1))


def test_the_report_carries_each_kind_with_the_scores_it_shows():
    records = [article_record(framing.analyze(text, outlet=outlet, title="t", id=outlet))
               for outlet, text in (("A", "The minister claimed the disastrous talks collapsed."), ("B", '"It may be a farce," she said.'))]
    data = page_data(build_report(records, ReportConfig()).html)
    named = {k: [data["scores"][i] for i in v] for k, v in data["countedIn"].items()}
    assert named["loaded|author|0||0"] == ["loaded_author_per_1k", "loaded_per_1k", "loaded_weighted_author_per_1k"]
    assert named["loaded|quoted|0||0"] == ["loaded_quoted_per_1k", "loaded_per_1k"]
    assert named["hedge|quoted|0||0"] == []
    assert named["attribution|author|0|lowering|0"] == ["attributions", "anonymous_source_share", "nonneutral_verb_share"]
    assert BIASED_SENTENCE not in named  # no classifier ran
    # the details name a score as the charts and tables do: the plain title each score has there
    assert data["scoreLabels"]["loaded_quoted_per_1k"] == "Loaded words in quotations, per 1,000 quoted"


def test_report_command_on_the_seeds_says_what_brutal_counts_in(tmp_path, seeds_dir):
    shutil.copytree(seeds_dir, tmp_path / "seeds")
    out = tmp_path / "seeds.html"
    result = CliRunner().invoke(app, ["report", str(tmp_path / "seeds"), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    data = page_data(out.read_text(encoding="utf-8"))
    own_loaded = [data["scores"][i] for i in data["countedIn"]["loaded|author|0||0"]]  # "brutal", "pantomime"
    assert own_loaded == ["loaded_author_per_1k", "loaded_per_1k", "loaded_weighted_author_per_1k"]
    assert [data["scoreLabels"][s] for s in own_loaded] == [
        "Loaded words, the outlet's own, per 1,000 own words", "All loaded words, per 1,000", "Own loaded words weighted 1-3, per 1,000 own words"]
    # "said" counts in the share with a loaded verb as one that is not
    assert [data["scores"][i] for i in data["countedAsNot"]["attribution|author|0|neutral|0"]] == ["anonymous_source_share", "nonneutral_verb_share"]
