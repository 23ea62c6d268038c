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
    # a signature broken after a name ending in "." (text split one sentence a line, as in PTC)
    (
        f"{INTRO}\nI want to thank @DeptofDefense for their partnership.\npic.twitter.com/eGyzwyXDw9 — Sec.\n"
        f"Kirstjen Nielsen (@SecNielsen) November 14, 2018\n{AFTER}",
        "I want to thank @DeptofDefense for their partnership.\npic.twitter.com/eGyzwyXDw9 — Sec.\n"
        "Kirstjen Nielsen (@SecNielsen) November 14, 2018",
        "Sec. Kirstjen Nielsen",
    ),
    # ... or after "?" (an emoji saved as "?"), the handle alone on the next line
    (
        f"{INTRO}\nThere is no way to spin this.\n— Mike Cernovich ??\n(@Cernovich) December 1, 2017\n{AFTER}",
        "There is no way to spin this.\n— Mike Cernovich ??\n(@Cernovich) December 1, 2017",
        "Mike Cernovich ??",
    ),
    (
        f"{INTRO}\nSICK!#KateSteinle #KatesLaw — Constitutional-TQN?\n(@TechQn) December 1, 2017\n{AFTER}",
        "SICK!#KateSteinle #KatesLaw — Constitutional-TQN?\n(@TechQn) December 1, 2017",
        "Constitutional-TQN?",
    ),
    # a name not ending a sentence is not carried over a line break: no signature
    (f"{INTRO}\nIt was a long night — Mike Cernovich\n(@Cernovich) December 1, 2017\n{AFTER}", "", None),
    # a long post reaches up to the outlet's introduction (a colon or an ellipsis ends it) ...
    (
        "Social media erupted.\nAnd even politically-correct politicians piped in…\n"
        "Kate Steinle’s murderer not guilty?\nThis is outrageous!\nA great injustice has been done.\n"
        "— Senator Jim Nielsen (@CASenatorJim) December 1, 2017\n" + AFTER,
        "Kate Steinle’s murderer not guilty?\nThis is outrageous!\nA great injustice has been done.\n"
        "— Senator Jim Nielsen (@CASenatorJim) December 1, 2017",
        "Senator Jim Nielsen",
    ),
    (
        "The plausibility is quite high:\nLatest LV Sheriff: Saying they still don’t know why he stopped shooting.\n"
        "@drawandstrike theory looking plausible https://t.co/CQF3MZLHaN — Mr Alex ???\n(@New_England_) October 10, 2017",
        "Latest LV Sheriff: Saying they still don’t know why he stopped shooting.\n"
        "@drawandstrike theory looking plausible https://t.co/CQF3MZLHaN — Mr Alex ???\n(@New_England_) October 10, 2017",
        "Mr Alex ???",
    ),
    # ... but not past one tweet's length (280 characters): then only the nearest line
    (
        "Trump tweeted:\n" + "The outlet's own long sentence goes on and on. " * 6 + "\nNo collusion!\n"
        "— Donald J. Trump (@realDonaldTrump) June 1, 2018\n" + AFTER,
        "No collusion!\n— Donald J. Trump (@realDonaldTrump) June 1, 2018",
        "Donald J. Trump",
    ),
    # ... and, with no introduction, not past the line nearest the signature, even between two
    # posts: the outlet's sentence between them is the outlet's (PTC 999001297)
    (
        "Border security is national security.\npic.twitter.com/fOlIQNF5pW — Kirstjen Nielsen (@SecNielsen) November 14, 2018\n"
        "She also met with Secretary of Defense James Mattis in Texas.\n"
        "I met with #SecDef in #Texas today.\nI want to thank @DeptofDefense for their partnership.\n"
        "pic.twitter.com/eGyzwyXDw9 — Kirstjen Nielsen (@SecNielsen) November 14, 2018",
        "I want to thank @DeptofDefense for their partnership.\n"
        "pic.twitter.com/eGyzwyXDw9 — Kirstjen Nielsen (@SecNielsen) November 14, 2018",
        "Kirstjen Nielsen",
    ),
    # a blank line above a post is no start: under a headline, the paragraph holds the outlet's opening
    (
        f"Verdict sparks anger\n\n{INTRO}\nA disgraceful verdict!\n"
        f"— Donald J. Trump (@realDonaldTrump) December 1, 2017\n\n{AFTER}",
        "A disgraceful verdict!\n— Donald J. Trump (@realDonaldTrump) December 1, 2017",
        "Donald J. Trump",
    ),
    (
        f"Verdict sparks anger\n\n{INTRO}\nA disgraceful verdict!\n"
        "— Donald J. Trump (@realDonaldTrump) December 1, 2017",
        "A disgraceful verdict!\n— Donald J. Trump (@realDonaldTrump) December 1, 2017",
        "Donald J. Trump",
    ),
    # a blank line between the post and its signature (a saved page: two blocks): the paragraph above
    (
        f"{INTRO}\n\nA disgraceful verdict in the Kate Steinle case! pic.twitter.com/x\n\n"
        f"— Donald J. Trump (@realDonaldTrump) December 1, 2017\n\n{AFTER}",
        "A disgraceful verdict in the Kate Steinle case! pic.twitter.com/x\n\n"
        "— Donald J. Trump (@realDonaldTrump) December 1, 2017",
        "Donald J. Trump",
    ),
    # ... unless that paragraph introduces it, or runs past a tweet's length
    (f"{INTRO}\n\nTrump wrote on Twitter:\n\n— Donald J. Trump (@realDonaldTrump) December 1, 2017\n\n{AFTER}", "", None),
    (f"{INTRO}\n\n{AFTER * 8}\n\n— Donald J. Trump (@realDonaldTrump) December 1, 2017\n\n{AFTER}", "", None),
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
    assert " ".join(text[last.speaker_range.start : last.speaker_range.end].split()) == speaker


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


@pytest.mark.parametrize("words, reaches", [(266, True), (267, False)])
def test_a_post_reaches_its_introduction_only_within_one_tweets_length(words, reaches):
    # 266 + a line break + "No collusion!" (13) = 280 characters, links not counted
    first = "x" * (words - 24) + " https://t.co/abc " + "y" * 23
    text = f"He tweeted:\n{first}\nNo collusion!\n— Donald J. Trump (@realDonaldTrump) June 1, 2018"
    [post] = embedded_posts(text)
    assert text[post.start :].startswith(first if reaches else "No collusion!")


LONG_POST_ARTICLE = (
    "Verdict sparks anger\n\n"
    "Social media erupted.\nAnd even politically-correct politicians piped in…\n"
    "Kate Steinle’s murderer not guilty?\nThis is outrageous!\nA great injustice has been done.\n"
    "— Senator Jim Nielsen (@CASenatorJim) December 1, 2017\n"
    f"{AFTER}\n"
)


def test_loaded_words_on_every_line_of_a_long_post_are_the_account_holders():
    analysis = framing.analyze(LONG_POST_ARTICLE)
    [outrageous] = [s for s in analysis.spans if s.text == "outrageous" and s.type == "loaded"]
    assert (outrageous.voice, outrageous.speaker) == ("quoted", "Senator Jim Nielsen")
    [post] = [s for s in analysis.spans if s.type == "quote"]
    assert (post.start, post.category) == (LONG_POST_ARTICLE.index("Kate Steinle"), "post")
    assert analysis.scores["loaded_author_per_1k"] == 0


TWEET_EMBED = (
    "<html><head><title>Verdict sparks anger</title></head><body><article><h1>Verdict sparks anger</h1>"
    "<p>The president reacted on Friday night.</p>"
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">A disgraceful verdict in the Kate Steinle case! '
    '<a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; Donald J. Trump (@realDonaldTrump) '
    '<a href="https://twitter.com/realDonaldTrump/status/1">December 1, 2017</a></blockquote>'
    "<p>The White House did not comment further.</p></article></body></html>"
)


def test_a_tweet_embedded_in_a_saved_page_is_found_from_the_cli(tmp_path):
    # the page's text puts the tweet's words and its signature in two paragraphs
    (tmp_path / "verdict.html").write_text(TWEET_EMBED, encoding="utf-8")
    result = CliRunner().invoke(app, ["score", str(tmp_path), "--no-model"])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    [post] = [s for s in record["spans"] if s["type"] == "quote"]
    assert (post["category"], post["speaker"], post["voice"]) == ("post", "Donald J. Trump", "quoted")
    assert post["text"].startswith("A disgraceful verdict in the Kate Steinle case! pic.twitter.com/x\n\n— Donald J. Trump")
    [disgraceful] = [s for s in record["spans"] if s["text"] == "disgraceful"]
    assert disgraceful["voice"] == "quoted"
    assert record["scores"]["loaded_author_per_1k"] == 0


@pytest.mark.slow
def test_ptc_train_signatures_broken_over_two_lines(shared_data):
    path = shared_data / "ptc_semeval2020_t11" / "ptc_articles.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    with path.open(encoding="utf-8") as f:
        texts = [r["text"] for r in map(json.loads, f) if r["split"] == "train"]
    posts = [(text, p) for text in texts for p in embedded_posts(text)]
    assert len(posts) == 81
    split = sorted(p.speaker for text, p in posts if "\n" in text[p.speaker_range.start : p.end])
    assert split == ["???Steff???", "Constitutional-TQN?", "Mike Cernovich ??", "Mr Alex ???",
                     "Sec. Kirstjen Nielsen", "Sec. Kirstjen Nielsen", "Sec. Kirstjen Nielsen"]
    [senator] = [text[p.start : p.end] for text, p in posts if p.speaker == "Senator Jim Nielsen"]
    assert senator.startswith("Kate Steinle’s murderer not guilty?\nThis is outrageous!\n")


def test_a_post_paragraph_may_hold_a_line_ending_in_an_ellipsis():
    text = (f"{INTRO}\n\nSo sad…\nA disgraceful verdict!\n\n"
            f"— Donald J. Trump (@realDonaldTrump) December 1, 2017\n\n{AFTER}")
    [post] = embedded_posts(text)
    assert text[post.start : post.end].startswith("So sad…\nA disgraceful verdict!\n\n— Donald J. Trump")
