"""docs/voice.md, claim by claim, through `framing score` as a user runs it: each row is a sentence
the page describes, the finding it names, and the voice, speaker, quote category and rule it says
that finding gets."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from framing.cli import app

# text, the finding's text and type, then what the page says of it: voice, speaker, quote category, rule prefix
CASES = [
    ('Lavrov dismissed Zelensky as "pathetic".', "pathetic", "loaded", "quoted", "Lavrov", None, None),
    ('Lavrov dismissed Zelensky as "pathetic".', '"pathetic"', "quote", "quoted", "Lavrov", "fragment", None),
    ('Trump attacked Biden, labeling him a "clown".', '"clown"', "quote", "quoted", "Trump", "fragment", None),
    ('The so-called "peace plan" was published on Monday.', '"peace plan"', "quote", "author", None, "scare", None),
    ('The term "deep state" refers to a radical conspiracy.', '"deep state"', "quote", "author", None, "mention", None),
    ('The term "deep state" refers to a radical conspiracy.', "deep state", "loaded", "author", None, "political_pejorative", "mention:"),
    ('Trump used the term "fake news" again.', "fake news", "loaded", "quoted", "Trump", "political_pejorative", None),
    # "it" and "they": the body or group credited just before, and its quotation is theirs
    ('The Kremlin rejected the plan. It said the talks were a "farce".', "farce", "loaded", "quoted", "Kremlin", "contempt", None),
    ('Officials said the deal was close. They said it was "a shameful surrender".', "shameful", "loaded", "quoted", "anonymous", "moral_condemnation", None),
    # two sources of the kind just before: nobody, rather than a wrong one
    ('Russia said the plan was dead, and Ukraine said it was alive. It said the talks were a "farce".', "farce", "loaded", "quoted", None, "contempt", None),
    # "he": not the person the article titles as a woman
    ('Tom Jones spoke to reporters. Jane Smith, the spokeswoman, agreed. He said the plan was "a disgrace".', "disgrace", "loaded", "quoted", "Tom Jones", "contempt", None),
    # a spokesman by his own name, or anonymous; people named together; a bare role's one holder
    ('A spokesman for Mayor Bill de Blasio, Eric Phillips, said the ruling was "a disgrace".', "disgrace", "loaded", "quoted", "Eric Phillips", "contempt", None),
    ('A spokesman for Mayor Bill de Blasio said the ruling was "a disgrace".', "disgrace", "loaded", "quoted", "anonymous", "contempt", None),
    ('Sens. John McCain (R-Ariz.) and Lindsey Graham (R-S.C.) said the deal was "a disgrace".', "disgrace", "loaded", "quoted", "John McCain and Lindsey Graham", "contempt", None),
    ('Sen. Elizabeth Warren spoke on Monday. The senator said the bill was "a disgrace".', "disgrace", "loaded", "quoted", "Elizabeth Warren", "contempt", None),
    ('Sen. Elizabeth Warren and Sen. Bernie Sanders spoke. The senator said the bill was "a disgrace".', "disgrace", "loaded", "quoted", "senator", "contempt", None),
]


@pytest.fixture(scope="module")
def scored(tmp_path_factory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("voice")
    texts = sorted({case[0] for case in CASES})
    with open(folder / "cases.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([("id", "text"), *((str(i), t) for i, t in enumerate(texts))])
    result = CliRunner().invoke(app, ["score", str(folder / "cases.csv"), "--no-model"])
    assert result.exit_code == 0, result.output
    by_id = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    return {t: by_id[f"cases:{i}"] for i, t in enumerate(texts)}


@pytest.mark.parametrize("text, found, type_, voice, speaker, category, rule", CASES)
def test_voice_md_says_what_score_writes(scored, text, found, type_, voice, speaker, category, rule):
    [span] = [s for s in scored[text]["spans"] if s["text"] == found and s["type"] == type_]
    assert (span["voice"], span["speaker"]) == (voice, speaker)
    if category is not None:
        assert span["category"] == category
    assert (span["rule"] or "").startswith(rule or "")
    if rule is None:
        assert span["rule"] is None


def test_a_mention_stays_in_the_output_but_counts_in_no_density(scored):
    article = scored['The term "deep state" refers to a radical conspiracy.']
    # 9 words, two loaded findings in the outlet's voice, one of them a mention: only 'radical' counts
    assert article["words"] == 9
    assert sorted(s["text"] for s in article["spans"] if s["type"] == "loaded") == ["deep state", "radical"]
    assert article["scores"]["loaded_author_per_1k"] == round(1000 / 9, 2)


def test_source_repeats_detector_except_on_attributions(scored):
    spans = scored['Lavrov dismissed Zelensky as "pathetic".']["spans"]
    [cue] = [s for s in spans if s["type"] == "attribution"]
    assert (cue["verb"], cue["stance"], cue["source"], cue["content"]) == ("dismiss", "aggressive", {"start": 0, "end": 6}, {"start": 17, "end": 39})
    assert {(s["type"], s["source"]) for s in spans if s["type"] != "attribution"} == {("quote", "quotes"), ("loaded", "lexicon")}
