"""What stands behind a share's bar where an outlet has one article (framing/report_share_counts.py):
HuffPost's 42.3% of reported speech with a non-neutral verb (BASIL 65cb14cb) says "11 in 26", through
the library and as `framing report` writes it."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app
from framing.report import article_record, build_report
from framing.report_share_counts import ShareCounts, behind_share_bars, share_counts
from test_report_rate_counts import profile_bars

# three attributions reporting speech, one with a non-neutral verb ("claimed"), and one reporting a thought ("believes")
HPO = ("Santorum doubles down\n\n\u201cIt is a fact,\u201d Rick Santorum claimed on Sunday. \u201cI stand by it,\u201d he said. "
       "\u201cWe will win,\u201d Santorum told reporters. Santorum believes the race is close.\n")
FOX = "Santorum explains\n\n\u201cI was talking about energy,\u201d Rick Santorum said on Sunday.\n"


def record(text: str, outlet: str, id_: str) -> dict:
    return article_record(framing.analyze(text, outlet=outlet, id=id_))


def att(stance: str | None, speaker: str | None = "Rick Santorum") -> dict:
    return {"type": "attribution", "stance": stance, "speaker": speaker}


@pytest.mark.parametrize("rec, expected", [
    # words in quotations: of all words
    ({"words": 591, "quoted_words": 360, "scores": {"quote_share": 0.6091}}, {"quote_share": (360, 591, "words")}),
    # a thought ("believes") and a no-comment are left out of the verbs' share, as the score leaves them out
    ({"spans": [att("neutral"), att("lowering"), att("thought"), att("no_comment"), att("aggressive")],
      "scores": {"nonneutral_verb_share": 0.6667}}, {"nonneutral_verb_share": (2, 3, "attributions reporting speech")}),
    ({"spans": [att("neutral", "anonymous"), att("neutral"), att("lowering")], "scores": {"anonymous_source_share": 0.3333}},
     {"anonymous_source_share": (1, 3, "attributions")}),
    # the classifier's own-voice sentences at or over the threshold (0.5 here); quoted sentences are not the outlet's
    ({"sentences": [{"voice": "author", "bias_probability": 0.7}, {"voice": "author", "bias_probability": 0.2},
                    {"voice": "quoted", "bias_probability": 0.9}], "scores": {"biased_sentence_share": 0.5}},
     {"biased_sentence_share": (1, 2, "own sentences")}),
    # counts that do not give the score the article was scored with are not shown (a definition changed)
    ({"spans": [att("neutral"), att("lowering")], "scores": {"nonneutral_verb_share": 0.25}}, {}),
    ({"words": 10, "quoted_words": 0, "scores": {"quote_share": None}}, {}),  # no share, no count
])
def test_share_counts(rec, expected):
    assert share_counts(rec) == expected


def test_an_outlet_of_more_articles_gets_no_count():
    counts = ShareCounts()
    for r in (record(FOX, "Fox", "f1"), record(FOX + " More.", "Fox", "f2"), record(HPO, "HuffPost", "h")):
        counts.add(r)
    got = counts.behind_bars(["Fox", "HuffPost"])
    assert {o for _, o in got} == {"HuffPost"}  # a mean of two shares is no one count


def test_one_articles_shares_are_counted_from_its_findings():
    hpo = record(HPO, "HuffPost", "h")
    got = behind_share_bars([hpo], ["HuffPost"])
    assert got[("nonneutral_verb_share", "HuffPost")] == (1, 3, "attributions reporting speech")  # "claimed" of claimed, said, told
    assert got[("quote_share", "HuffPost")] == (hpo["quoted_words"], hpo["words"], "words")


def test_the_profile_bar_of_one_share_says_its_parts():
    bars = profile_bars(build_report([record(HPO, "HuffPost", "h"), record(FOX, "Fox", "f")]).html)
    text, hover = bars[("Share of reported speech with a non-neutral verb", "HuffPost")]
    assert text == "33.3%<br><span style='font-size:10px'>1 in 3</span>"
    assert "<br>counted: 1 in 3 attributions reporting speech<extra>" in hover
    text, hover = bars[("Share of reported speech with a non-neutral verb", "Fox")]
    assert text == "0%<br><span style='font-size:10px'>0 in 1</span>"


def test_framing_report_writes_the_parts_under_a_class_sets_share_bars(tmp_path):
    folder = tmp_path / "santorum"
    folder.mkdir()
    (folder / "hpo.txt").write_text(HPO, encoding="utf-8")
    (folder / "fox.txt").write_text(FOX, encoding="utf-8")
    out = tmp_path / "santorum.html"
    result = CliRunner().invoke(app, ["report", str(folder), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    bars = profile_bars(page)
    assert bars[("Share of reported speech with a non-neutral verb", "hpo")][0].endswith(">1 in 3</span>")
    assert "counted: 1 in 3 attributions reporting speech" in bars[("Share of reported speech with a non-neutral verb", "hpo")][1]
    note = re.sub(r"\s+", " ", page.split('<section id="profile">')[1].split('<p class="note">')[1].split("</p>")[0])
    assert ('under a share\'s, its parts: "4 in 26" on a bar of reported speech with a non-neutral verb is four attributions of 26.'
            in note)
