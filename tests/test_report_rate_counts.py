"""What stands behind a rate's bar where an outlet has one article (framing/report_rate_counts.py):
the profile's bar of 167 loaded words per 1,000 quoted says "1 in 6", through the library and as
`framing report` writes it."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app
from framing.report import article_record, build_report
from framing.report_rate_counts import behind_bars, rate_bases
from framing.score import SCORES

# a quotation of six words holding one loaded word (BASIL 87609973's NYT: 'calling his own Justice Department a "deep state."')
NYT = "Trump attacks\n\nTrump made a post on Tuesday, calling the department a \u201cdeep state,\u201d officials said.\n"
FOX = "Trump attacks\n\nTrump slams the department. \u201cThe Deep State must finally act now on this,\u201d Trump tweeted.\n"


@pytest.mark.parametrize("score, base", [
    ("loaded_author_per_1k", "author_words"), ("loaded_quoted_per_1k", "quoted_words"), ("loaded_per_1k", "words"),
    ("hedge_per_1k", "author_words"), ("booster_per_1k", "author_words"),
    ("euphemism_author_per_1k", "author_words"), ("euphemism_quoted_per_1k", "quoted_words"), ("euphemism_per_1k", "words"),  # a lexicon of one's own
    ("loaded_weighted_author_per_1k", None),  # counts weights, not words: no count under its bar
    ("quote_share", None), ("quotes", None), ("nonneutral_verb_share", None),  # shares and counts say their number already
])
def test_each_rate_is_over_the_words_its_definition_names(score, base):
    names = [*SCORES, "euphemism_author_per_1k", "euphemism_quoted_per_1k", "euphemism_per_1k"]
    assert rate_bases(names).get(score) == base


def record(text: str, outlet: str, id_: str) -> dict:
    return article_record(framing.analyze(text, outlet=outlet, id=id_))


def test_one_articles_rate_is_counted_back_to_its_findings_and_words():
    nyt = record(NYT, "NYT", "nyt")
    assert (nyt["quoted_words"], nyt["scores"]["loaded_quoted_per_1k"]) == (2, 500.0)  # "deep state": two quoted words, one loaded
    fox = record(FOX, "Fox", "fox")
    got = behind_bars([nyt, fox], ["Fox", "NYT"], list(SCORES))
    assert got[("loaded_quoted_per_1k", "NYT")] == (1, 2, "quoted words")
    assert got[("loaded_author_per_1k", "Fox")] == (1, fox["words"] - fox["quoted_words"], "own words")  # "slams"
    assert got[("loaded_per_1k", "Fox")] == (2, fox["words"], "words")  # "slams" and the quoted "Deep State"
    assert ("loaded_weighted_author_per_1k", "Fox") not in got


def test_an_outlet_of_more_articles_or_a_record_without_quoted_words_gets_no_count():
    two = [record(FOX, "Fox", "f1"), record(FOX + " More.", "Fox", "f2")]  # a mean of two rates is no one count
    old = record(NYT, "NYT", "nyt")
    del old["quoted_words"]  # saved scores written before records carried quoted_words
    assert behind_bars([*two, old], ["Fox", "NYT"], list(SCORES)) == {}


def profile_bars(html: str) -> dict[tuple[str, str], tuple[str, str]]:
    """{(panel title's score, outlet): (bar text, hover)} of the page's profile figure."""
    fig = json.loads(re.search(r'<script type="application/json" class="figure-data" data-target="fig-profile">(.*?)</script>', html, re.S).group(1))
    out = {}
    for trace in fig["data"]:
        score = re.search(r"<br>(.*?): ", trace["hovertemplate"]).group(1)
        out[(score, trace["x"][0])] = ((trace.get("text") or [""])[0], trace["hovertemplate"])
    return out


def test_the_profile_bar_of_one_article_says_what_it_counted():
    bars = profile_bars(build_report([record(NYT, "NYT", "nyt"), record(FOX, "Fox", "fox")]).html)
    text, hover = bars[("Loaded words in quotations, per 1,000 quoted", "NYT")]
    assert text == "500<br><span style='font-size:10px'>1 in 2</span>"
    assert "<br>no interval: too few articles<br>counted: 1 in 2 quoted words<extra>" in hover
    text, hover = bars[("Own loaded words weighted 1-3, per 1,000 own words", "Fox")]
    assert "counted" not in hover and "<br>" not in text  # a weighted rate: its value alone


def test_framing_report_writes_the_counts_under_a_class_sets_bars(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "nyt.txt").write_text(NYT, encoding="utf-8")
    (folder / "fox.txt").write_text(FOX, encoding="utf-8")
    out = tmp_path / "story.html"
    result = CliRunner().invoke(app, ["report", str(folder), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    bars = profile_bars(page)
    assert bars[("Loaded words in quotations, per 1,000 quoted", "nyt")][0].endswith(">1 in 2</span>")
    assert "counted: 1 in 2 quoted words" in bars[("Loaded words in quotations, per 1,000 quoted", "nyt")][1]
    note = re.sub(r"\s+", " ", page.split('<section id="profile">')[1].split('<p class="note">')[1].split("</p>")[0])
    assert 'Under a rate\'s value, what it counted: "1 in 6" on a bar of loaded words in quotations is one loaded word among six quoted words;' in note
