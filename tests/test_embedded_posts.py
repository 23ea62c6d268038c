"""Embedded social-media posts: their words are the account holder's voice, not the outlet's."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app
from framing.embedded_posts import embedded_posts
from framing.models import IgnoredRange

INTRO = "The president reacted on Friday night."
AFTER = "The White House did not comment further."

# (text, the post's text as credited, speaker); "" = no post found
CASES = [
    # the line above a signature line that holds nothing else (only that one: the line above it
    # may as well be the outlet's, like INTRO here)
    (
        f"{INTRO}\nA disgraceful verdict in the Kate Steinle case!\n"
        f"— Donald J. Trump (@realDonaldTrump) December 1, 2017\n{AFTER}",
        "A disgraceful verdict in the Kate Steinle case!\n— Donald J. Trump (@realDonaldTrump) December 1, 2017",
        "Donald J. Trump",
    ),
    # words on the signature line: the lines above stay the outlet's
    (
        f"{INTRO}\nThe caravan is here, a national disgrace pic.twitter.com/zmAvbC13eL — Charlie Kirk (@charliekirk11) November 14, 2018\n{AFTER}",
        "The caravan is here, a national disgrace pic.twitter.com/zmAvbC13eL — Charlie Kirk (@charliekirk11) November 14, 2018",
        "Charlie Kirk",
    ),
    # a signature line with only links and hashtags takes the line above
    (
        f"{INTRO}\nNone have fully climbed over, just sitting on the fence.\n#border pic.twitter.com/S8nUzjzKyZ — Kelly Biele (@kellytvnews) November 14, 2018\n{AFTER}",
        "None have fully climbed over, just sitting on the fence.\n#border pic.twitter.com/S8nUzjzKyZ — Kelly Biele (@kellytvnews) November 14, 2018",
        "Kelly Biele",
    ),
    # ... but not the outlet's introduction ending in a colon
    (
        f"Trump wrote on Twitter:\nRelease the report.\n— Beto O'Rourke (@BetoORourke) March 22, 2019\n{AFTER}",
        "Release the report.\n— Beto O'Rourke (@BetoORourke) March 22, 2019",
        "Beto O'Rourke",
    ),
    # ... and no further up
    (
        "Most of the migrants intend to take the Pacific coast route to reach the US.\n"
        "None have fully climbed over, just sitting on the fence.\npic.twitter.com/S8nUzjzKyZ — Kelly Biele (@kellytvnews) November 14, 2018",
        "None have fully climbed over, just sitting on the fence.\npic.twitter.com/S8nUzjzKyZ — Kelly Biele (@kellytvnews) November 14, 2018",
        "Kelly Biele",
    ),
    # two posts in a row: the second does not reach back into the first
    (
        "Special counsel Mueller’s report should be made public.\n— Kirsten Gillibrand (@SenGillibrand) March 22, 2019\n"
        "Now.\nhttps://t.co/sqz8eoTjLD — Elizabeth Warren (@ewarren) March 22, 2019",
        "Now.\nhttps://t.co/sqz8eoTjLD — Elizabeth Warren (@ewarren) March 22, 2019",
        "Elizabeth Warren",
    ),
    # a handle in running text is no signature
    (f"{INTRO} Trump (@realDonaldTrump) wrote that the verdict was disgraceful.\n{AFTER}", "", None),
    (f"{INTRO}\nContact the newsroom at news@example.com.\n{AFTER}", "", None),
]


@pytest.mark.parametrize("text, post, speaker", CASES)
def test_embedded_post_extent_and_speaker(text, post, speaker):
    posts = embedded_posts(text)
    if not post:
        assert posts == []
        return
    last = posts[-1]
    assert text[last.start : last.end] == post
    assert last.kind == "post" and last.spoken
    assert last.speaker == speaker
    assert text[last.speaker_range.start : last.speaker_range.end] == speaker


def test_a_post_inside_ignored_furniture_is_not_a_post():
    text = f"{INTRO}\nGreat news!\n— Example Daily (@exampledaily) May 1, 2025\n{AFTER}"
    sig = text.index("— Example")
    assert embedded_posts(text, [IgnoredRange(sig, text.index("\n", sig), "share buttons")]) == []


POST_ARTICLE = (
    "Verdict sparks anger\n\n"
    f"{INTRO}\nA disgraceful verdict in the Kate Steinle case!\n"
    f"— Donald J. Trump (@realDonaldTrump) December 1, 2017\n{AFTER}\n"
)


def test_loaded_words_in_a_post_are_the_account_holders_voice():
    analysis = framing.analyze(POST_ARTICLE)
    [disgraceful] = [s for s in analysis.spans if s.text == "disgraceful" and s.type == "loaded"]
    assert disgraceful.voice == "quoted"
    assert disgraceful.speaker == "Donald J. Trump"
    [post] = [s for s in analysis.spans if s.type == "quote"]
    assert post.category == "post" and post.text.startswith("A disgraceful verdict")


def test_score_reports_the_post_from_the_cli(tmp_path):
    (tmp_path / "verdict.txt").write_text(POST_ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["score", str(tmp_path), "--no-model"])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    posts = [s for s in record["spans"] if s["type"] == "quote" and s["category"] == "post"]
    assert [(p["speaker"], p["voice"]) for p in posts] == [("Donald J. Trump", "quoted")]
    assert record["scores"]["loaded_author_per_1k"] == 0
