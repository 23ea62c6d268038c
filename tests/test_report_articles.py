"""The report's article store (framing/report_articles.py): where an article's headline is in its
text, so the page shows it once, as the heading, with its findings; which three articles are read
side by side at once (tests/test_report.py has the rest of the store)."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app
from framing.report import article_record
from framing.report_articles import StringTable, compact_article, expand_spans, find_pairs, find_trios, headline_range

REPEAT = "repeated headline"


@pytest.mark.parametrize(("text", "title", "ignored", "expected"), [
    # the headline on the first line: the text goes on at its first paragraph
    ("Plan fails\n\nThe senator said it.", "Plan fails", [], ("Plan fails", "The senator said it.")),
    # after page clutter, with curly quotes where the manifest has straight ones
    ("Start reading\nWorld\n\nWhy Putin\u2019s no-show is a pantomime\n\nWith only a few hours",
     "Why Putin's no-show is a pantomime", [(0, 19, "app prompt")], ("Why Putin\u2019s no-show is a pantomime", "With only a few hours")),
    # case, spacing and a closing full stop aside, as the cleaner finds a headline's repeats
    ("  PLAN   fails.  \nBody.", "Plan fails", [], ("PLAN   fails.", "Body.")),
    # its repeats right under it, greyed as clutter, are passed over too
    ("Plan fails\n\nPlan fails\n\nBody.", "Plan fails", [(12, 22, REPEAT)], ("Plan fails", "Body.")),
    # a line set aside as clutter is not the headline; the next one that reads the same is
    ("Plan fails\nPlan fails\nBody.", "Plan fails", [(0, 10, "masthead")], ("Plan fails", "Body.")),
    # a Markdown heading is headed by its words, not its '#' marks; '#1' is a word
    ("# Plan fails\n\nBody.", "Plan fails", [], ("Plan fails", "Body.")),
    ("## Plan  fails\nBody.", "Plan fails", [], ("Plan  fails", "Body.")),
    ("#1 reason to vote\n\nBody.", "#1 reason to vote", [], ("#1 reason to vote", "Body.")),
    # not there: the heading shows the title and the text all of itself
    ("The senator said the plan fails.", "Plan fails", [], None),
    ("Plan fails\n\nBody.", "", [], None),
    ("Plan fails\n\nBody.", None, [], None),
])
def test_the_headline_line_and_where_the_text_goes_on(text, title, ignored, expected):
    found = headline_range(text, title, [{"start": a, "end": b, "reason": r} for a, b, r in ignored])
    if expected is None:
        assert found is None
    else:
        start, end, resume = found
        assert (text[start:end], text[resume:]) == expected


def test_the_compact_article_carries_the_headline_and_its_findings_stay_on_their_words():
    record = article_record(framing.analyze("Senate slams disastrous plan\n\nThe senator said it failed.", title="Senate slams disastrous plan", id="a"))
    strings = StringTable()
    article = compact_article(record, [], strings)
    assert article["headline"] == [0, 28, 30]
    found = [(s["type"], record["text"][s["start"]:s["end"]]) for s in expand_spans(article, strings.values) if s["end"] <= 28]
    assert ("loaded", "disastrous") in found
    assert "headline" not in compact_article(article_record(framing.analyze("No headline here.", title="Other", id="b")), [], StringTable())


def test_report_command_on_the_seeds_shows_the_independents_headline_once_with_brutal_pantomime(tmp_path, seeds_dir):
    shutil.copytree(seeds_dir, tmp_path / "seeds")
    out = tmp_path / "seeds.html"
    result = CliRunner().invoke(app, ["report", str(tmp_path / "seeds"), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    store = json.loads(re.search(r'<script type="application/json" id="article-data">(.*?)</script>', out.read_text(encoding="utf-8"), re.S).group(1))
    by_id = {a["id"]: a for a in store["articles"]}
    independent = by_id["independent-putin-no-show"]
    start, end, resume = independent["headline"]
    text = independent["text"]
    assert text[start:end] == "Why Putin\u2019s no-show at peace talks in Turkey is all part of his brutal pantomime"
    assert text[resume:].startswith("With only a few hours to go")
    loaded = [text[s["start"]:s["end"]] for s in expand_spans(independent, store["strings"]) if s["type"] == "loaded" and s["end"] <= end]
    assert loaded == ["brutal", "pantomime"]  # highlighted in the heading, at the same offsets
    # OGM News: the headline, then its greyed repeat under it, then the text: the heading shows it once
    ogm = by_id["ogmnews-putin-skips-talks"]
    start, end, resume = ogm["headline"]
    assert (start, ogm["text"][resume:].startswith("Tensions flared on Thursday")) == (0, True)


def test_report_command_heads_a_markdown_article_by_its_words_not_its_marks(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "plan.md").write_text("# The plan is a brutal farce\n\nThe senator said the plan fails.\n", encoding="utf-8")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", str(tmp_path / "news"), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    store = json.loads(re.search(r'<script type="application/json" id="article-data">(.*?)</script>', out.read_text(encoding="utf-8"), re.S).group(1))
    (article,) = store["articles"]
    start, end, resume = article["headline"]
    assert (article["text"][start:end], article["text"][resume:]) == ("The plan is a brutal farce", "The senator said the plan fails.\n")
    loaded = [article["text"][s["start"]:s["end"]] for s in expand_spans(article, store["strings"]) if s["type"] == "loaded"]
    assert "farce" in loaded  # still highlighted in the heading


CLASS = [{"id": i, "outlet": o, "event": ""} for i, o in [("fox", "Fox News"), ("hpo", "HuffPost"), ("nyt", "The New York Times")]]


@pytest.mark.parametrize(("articles", "explicit", "expected"), [
    (CLASS, [], [([0, 1, 2], "All three: Fox News | HuffPost | The New York Times")]),  # a class's three articles
    ([{**a, "outlet": "(no outlet)"} for a in CLASS], [], [([0, 1, 2], "All three: fox | hpo | nyt")]),  # no manifest: file names
    (CLASS, [("fox", "nyt")], []),  # the pairs asked for with --pair, not three
    (CLASS[:2], [], []),  # two articles: a pair
    (CLASS + [{"id": "bbc", "outlet": "BBC", "event": ""}], [], []),  # four: every two of them (four columns would be a word a line)
    ([{**a, "outlet": "Fox News"} for a in CLASS], [], []),  # one outlet's three stories: no class set
    # events: each told by exactly three outlets (the first article of each outlet), not one of two or four
    ([{**a, "event": "birthright"} for a in CLASS] + [{"id": "fox2", "outlet": "Fox News", "event": "birthright"}]
     + [{"id": f"{o}-mattis", "outlet": o, "event": "mattis"} for o in ("Fox News", "HuffPost")],
     [], [([0, 1, 2], "birthright: all three, Fox News | HuffPost | The New York Times")]),
    # one event (a class's manifest with an event column): the page's title names it, the chooser does not again
    ([{**a, "event": "National emergency for the border wall"} for a in CLASS], [], [([0, 1, 2], "All three: Fox News | HuffPost | The New York Times")]),
])
def test_three_articles_of_one_story_are_offered_side_by_side_at_once(articles, explicit, expected):
    pairs = find_pairs(articles, explicit)
    assert [(t["ids"], t["label"]) for t in find_trios(articles, pairs, explicit)] == expected


@pytest.mark.parametrize(("events", "labels"), [
    # one event: its name is the page's title; 'National emergency for the border wall: Fox News | HuffPost' ran past a phone's edge
    (["emergency"] * 3, ["Fox News | HuffPost", "Fox News | The New York Times", "HuffPost | The New York Times"]),
    # two events: each pair says which story it is
    (["emergency", "emergency", "shutdown"], ["emergency: Fox News | HuffPost"]),
])
def test_a_pair_is_named_by_its_event_only_where_the_articles_tell_several(events, labels):
    articles = [{**a, "event": e} for a, e in zip(CLASS, events)]
    assert [p["label"] for p in find_pairs(articles)] == labels


def test_report_command_on_a_class_folder_with_an_event_column_offers_the_pairs_by_outlet(tmp_path):
    folder = tmp_path / "emergency"
    folder.mkdir()
    for name in ("fox", "hpo", "nyt"):
        (folder / f"{name}.txt").write_text(f"Trump declares an emergency\n\nThe president said the wall was needed, {name} reported.\n", encoding="utf-8")
    (folder / "manifest.csv").write_text("path,outlet,event\nfox.txt,Fox News,National emergency for the border wall\n"
                                         "hpo.txt,HuffPost,National emergency for the border wall\n"
                                         "nyt.txt,The New York Times,National emergency for the border wall\n", encoding="utf-8")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", str(folder), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "<title>Framing report: National emergency for the border wall</title>" in html
    assert re.findall(r'<option value="[^"]*"[^>]*>([^<]*)</option>', html) == [
        "All three: Fox News | HuffPost | The New York Times", "Fox News | HuffPost", "Fox News | The New York Times", "HuffPost | The New York Times"]
