"""The HTML report as a file: one copy of plotly.js, nothing fetched, every article escaped, and the
`report` / `compare` commands the way a user calls them.  (tests/test_report_browser.py opens it.)"""

from __future__ import annotations

import base64
import csv
import gzip
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app
from framing.report import ReportConfig, ReportError, article_record, build_report
from framing.report_articles import StringTable, article_store, compact_article, expand_spans, find_pairs, json_for_script
from framing.score import describe

runner = CliRunner()
INJECTION = 'Officials said the talks were a farce. <script>alert(1)</script> <img src=x onerror=alert(1)> </script><!-- end'


def corpus_records() -> list[dict]:
    texts = {
        "A": ["Officials said the talks were a farce and a disaster.", "The minister claimed the deal was historic."],
        "B": ["The talks may resume, officials said.", INJECTION],
    }
    out = []
    for outlet, items in texts.items():
        for i, text in enumerate(items):
            a = framing.analyze(text, outlet=outlet, title=f"{outlet} story {i} <b>bold</b>", id=f"{outlet.lower()}{i}")
            out.append(article_record(a))
    return out


@pytest.fixture(scope="module")
def html() -> str:
    return build_report(corpus_records(), ReportConfig(title="Test <report>")).html


def script_bodies(page: str, kind: str) -> list[str]:
    return re.findall(rf'<script type="application/json"[^>]*{kind}[^>]*>(.*?)</script>', page, re.S)


def test_plotly_js_is_embedded_once_and_nothing_is_loaded_from_elsewhere(html):
    assert html.count("* plotly.js v") == 1
    assert not re.search(r"<script[^>]+src=|<link\b|<img\b|<iframe\b|@import|url\(http", html)


def test_article_text_and_titles_never_appear_as_markup(html):
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html
    assert "<!-- end" not in html
    assert "<b>bold</b>" not in html
    assert "<title>Test &lt;report&gt;</title>" in html
    # The injection travels as JSON data and comes back out intact.
    store = json.loads(script_bodies(html, 'id="article-data"')[0])
    assert INJECTION in [a["text"] for a in store["articles"]]


def test_every_script_element_is_one_we_wrote(html):
    # page data, article store, plotly.js, page js, and one per figure
    figures = len(re.findall(r'class="figure-data"', html))
    assert figures == 5  # profile, fingerprint, stance, sources, distinctive
    assert html.count("<script") == 4 + figures
    assert html.count("</script>") == 4 + figures


@pytest.mark.parametrize("obj", [{"t": "</script><!-- & > \u2028 \u2029"}, ["plain", 1, None, 2.5]])
def test_json_for_script_round_trips_without_angle_brackets(obj):
    s = json_for_script(obj)
    assert not re.search(r"[<>&\u2028\u2029]", s)
    assert json.loads(s) == obj


def test_methods_section_quotes_every_score_definition(html):
    from markupsafe import escape

    for name, text in describe().items():
        assert f"<dt><code>{name}</code></dt><dd>{escape(text)}</dd>" in html


def methods_section(page: str) -> str:
    return page[page.index('<section id="methods">'):page.index("</section>", page.index('<section id="methods">'))]


def test_methods_describe_no_test_or_interval_where_none_was_made(html):
    # two articles an outlet: the page shows means only, so Methods must not explain a bootstrap or Mann-Whitney
    methods = methods_section(html)
    assert "Tests: none were run. They need at least two outlets with 5 articles each" in methods
    assert "Intervals: none, because no outlet has 5 articles where a score is defined" in methods
    assert "Mann-Whitney" not in methods and "bootstrap" not in methods


def test_methods_describe_the_tests_and_intervals_that_were_made():
    texts = {"A": "Officials said the talks were a farce and a disaster.", "B": "The talks may resume, officials said."}
    records = [article_record(framing.analyze(f"{texts[o]} Day {i}.", outlet=o, id=f"{o}{i}")) for o in texts for i in range(5)]
    methods = methods_section(build_report(records).html)
    assert "Tests: two-sided Mann-Whitney U with Cliff's delta" in methods
    assert "Intervals: percentile bootstrap of the mean" in methods
    assert "none were run" not in methods


def test_tables_for_csv_download_carry_the_comparison():
    result = build_report(corpus_records())
    data = json.loads(script_bodies(result.html, 'id="page-data"')[0])
    profile = data["tables"]["profile"]
    assert profile["columns"] == ["score", "outlet", "n", "mean", "median", "ci_low", "ci_high"]
    assert [dict(zip(profile["columns"], r)) for r in profile["rows"]] == result.comparison.profile_table()
    assert "no statistical claim" not in result.html  # two articles per outlet: "too few", not "one each"
    assert "Too few articles for statistics" in result.html


def test_the_speakers_table_writes_verbs_as_words():
    """'according to', not the lemma's 'according_to', in a table meant for a class."""
    a = framing.analyze("According to officials, the talks failed. The minister pointed to the deal.", outlet="A", id="a")
    result = build_report([article_record(a)])
    data = json.loads(script_bodies(result.html, 'id="page-data"')[0])
    speakers = data["tables"]["speakers"]
    verbs = [dict(zip(speakers["columns"], r))["verbs"] for r in speakers["rows"]]
    assert any("according to" in v for v in verbs) and not any("_" in v for v in verbs)


@pytest.mark.parametrize(
    "verbs, readable",
    [("say ×6, according_to ×2, colon ×3", "say ×6, according to ×2, a colon (:) ×3"),
     ("refer_to ×1, talk_about ×1", "refer to ×1, talk about ×1"),
     ("call ×2", "call ×2")],
)
def test_readable_verbs(verbs, readable):
    from framing.report import readable_verbs

    assert readable_verbs(verbs) == readable


def test_large_stores_are_gzipped_and_decode_to_the_same_articles():
    strings = StringTable()
    articles = [compact_article(r, ["loaded_author_per_1k"], strings) for r in corpus_records()]
    small, packed = article_store(articles, strings), article_store(articles, strings, compress_over_bytes=0)
    assert (small.encoding, packed.encoding) == ("json", "gzip+base64")
    assert json.loads(gzip.decompress(base64.b64decode(packed.payload))) == json.loads(small.payload) == {"strings": strings.values, "articles": articles}


def test_compact_article_round_trips_every_finding():
    rec = corpus_records()[0]
    strings = StringTable()
    a = compact_article(rec, ["loaded_author_per_1k", "attributions"], strings)
    keys = ["start", "end", "type", "voice", "weight", "category", "speaker", "verb", "stance", "rule", "detector"]
    expected = sorted(({k: s[k] for k in keys} for s in rec["spans"]), key=lambda s: (s["start"], s["end"]))
    got = expand_spans(a, strings.values)
    assert [{k: s[k] for k in keys} for s in got] == expected
    said = [s for s in got if s["type"] == "attribution"][0]
    assert (rec["text"][said["start"]:said["end"]], said["verb"]) == ("said", "say")
    farce = [s for s in got if rec["text"][s["start"]:s["end"]] == "farce"][0]
    assert [s["term"] for s in rec["spans"] if s["text"] == "farce"] == ["farce"]
    assert farce["term"] is None  # a term is stored only where it differs from the words matched
    assert a["scores"] == [rec["scores"]["loaded_author_per_1k"], rec["scores"]["attributions"]]


def test_compact_article_reads_saved_records_with_missing_span_keys():
    rec = {"id": "x", "text": "They slammed it.", "spans": [{"start": 5, "end": 12, "type": "loaded", "term": "slam"}]}
    strings = StringTable()
    [span] = expand_spans(compact_article(rec, [], strings), strings.values)
    assert (span["start"], span["end"], span["type"], span["term"], span["voice"], span["weight"]) == (5, 12, "loaded", "slam", None, None)


def test_compact_article_keeps_the_classifiers_own_voice_sentences():
    rec = {"id": "x", "text": "One. Two said. Three.", "spans": [], "sentences": [
        {"start": 0, "end": 4, "voice": "author", "bias_probability": 0.8123},
        {"start": 5, "end": 14, "voice": "quoted", "bias_probability": 0.9},
        {"start": 15, "end": 21, "voice": "author", "bias_probability": 0.05},
        {"start": 22, "end": 22, "voice": "author", "bias_probability": None}]}
    assert compact_article(rec, [], StringTable())["sentences"] == [[0, 4, 812], [15, 6, 50]]


def test_compact_article_keeps_scores_json_safe():
    rec = dict(corpus_records()[0], scores={"x": float("nan"), "y": 1.5})
    assert compact_article(rec, ["x", "y"], StringTable())["scores"] == [None, 1.5]


TWEET = 'This was after Trump’s account tweeted Saturday: “I had to fire General Flynn because he lied.\n\nThere was nothing to hide!” That tweet'


@pytest.mark.parametrize(
    "warning, expected",
    [
        ("unclosed quotation mark at offset 49: taken to run to the end of its paragraph",
         'unclosed quotation mark near "...account tweeted Saturday: “I had to fire General Flynn...": taken to run to the end of its paragraph'),
        ("closing quotation mark at offset 122 without an opening one: ignored",
         'closing quotation mark near "...There was nothing to hide!” That tweet" without an opening one: ignored'),
        ("quotation continued at offset 49 without an opening mark: taken to run to the closing mark at offset 122",
         'quotation continued near "...account tweeted Saturday: “I had to fire General Flynn..." without an opening mark: '
         'taken to run to the closing mark near "...There was nothing to hide!” That tweet"'),  # no "offset" left for a student to look up
        ("decoded as cp1252: not valid UTF-8 (check the characters, or save the file as UTF-8)",
         "decoded as cp1252: not valid UTF-8 (check the characters, or save the file as UTF-8)"),  # no offset: as it was
        ("unclosed quotation mark at offset 999: taken to run to the end of its paragraph",
         "unclosed quotation mark at offset 999: taken to run to the end of its paragraph"),  # past the text: as it was
    ],
)
def test_a_warning_in_the_report_shows_the_words_at_its_offset(warning, expected):
    assert TWEET[49] == "“" and TWEET[122] == "”"
    article = compact_article({"id": "fox", "text": TWEET, "warnings": [warning]}, [], StringTable())
    assert article["warnings"] == [expected]


@pytest.mark.parametrize(("warning", "words"), [
    ("unclosed quotation mark at offset 49: taken to run to the end of its paragraph", "account tweeted Saturday: “I had to fire General Flynn"),
    ("closing quotation mark at offset 122 without an opening one: ignored", "There was nothing to hide!” That tweet"),
    ("quotation continued at offset 49 without an opening mark: taken to run to the closing mark at offset 122",
     "account tweeted Saturday: “I had to fire General Flynn"),  # the first place named
    ("decoded as cp1252: not valid UTF-8 (check the characters, or save the file as UTF-8)", None),  # nowhere in the text
    ("unclosed quotation mark at offset 999: taken to run to the end of its paragraph", None),
])
def test_a_warning_in_the_report_knows_where_its_words_are_so_the_page_can_go_there(warning, words):
    """A note named the words ('near "...tweeted Saturday: “I had to fire..."') and a class hunted for them."""
    article = compact_article({"id": "fox", "text": TWEET, "warnings": [warning]}, [], StringTable())
    (at,) = article["warningAt"]
    assert (TWEET[at[0]:at[1]] if at else None) == words
    assert "warningAt" not in compact_article({"id": "nyt", "text": TWEET, "warnings": []}, [], StringTable())


ARTS = [{"id": "a1", "outlet": "X", "event": "e1"}, {"id": "b1", "outlet": "Y", "event": "e1"},
        {"id": "c1", "outlet": "X", "event": ""}, {"id": "d1", "outlet": "Z", "event": "e1"}]


@pytest.mark.parametrize(
    "articles, explicit, expected",
    [
        (ARTS, [], [(0, 1), (0, 3), (1, 3)]),  # same event, three outlets: every two of them
        (ARTS, [("c1", "b1")], [(2, 1), (0, 1), (0, 3), (1, 3)]),  # asked-for pairs come first
        ([{"id": str(i), "outlet": str(i), "event": "e"} for i in range(5)], [],
         [(0, 1), (0, 2), (0, 3), (0, 4)]),  # five outlets of one event: each against the first
        (ARTS[2:3] + [{"id": "q", "outlet": "Q", "event": ""}], [], [(0, 1)]),  # two articles: the classroom pair
        (ARTS[:1] + ARTS[2:3] + [{"id": "q", "outlet": "Q", "event": ""}], [], []),  # two from outlet X: no class set
        ([{"id": i, "outlet": o, "event": ""} for i, o in [("fox", "Fox"), ("hpo", "HuffPost"), ("nyt", "NYT")]], [],
         [(0, 1), (0, 2), (1, 2)]),  # a class set: one story from each of three outlets, every two of them
        ([{"id": str(i), "outlet": str(i), "event": ""} for i in range(5)], [], []),  # five outlets is a corpus, not a class set
        ([{"id": "a", "outlet": "(no outlet)", "event": ""}, {"id": "b", "outlet": "(no outlet)", "event": ""}], [],
         [(0, 1)]),  # two articles are a pair whatever their outlets (two files with no manifest)
        ([{"id": i, "outlet": "(no outlet)", "event": ""} for i in ("fox", "hpo", "nyt")], [],
         [(0, 1), (0, 2), (1, 2)]),  # three files with no manifest: each its own outlet, a class set
        ([{"id": "fox", "outlet": "Fox", "event": ""}, {"id": "x", "outlet": "(no outlet)", "event": ""},
          {"id": "y", "outlet": "(no outlet)", "event": ""}], [], [(0, 1), (0, 2), (1, 2)]),
    ],
)
def test_find_pairs(articles, explicit, expected):
    assert [(p["a"], p["b"]) for p in find_pairs(articles, explicit)] == expected


def test_unknown_pair_id_is_a_clear_error():
    with pytest.raises(ReportError, match="no article with id 'nope'"):
        find_pairs(ARTS, [("a1", "nope")])


def test_a_pair_id_given_without_its_file_prefix_is_suggested():
    rows = [{"id": "corpus:beacon-dam", "outlet": "B"}, {"id": "corpus:wire-dam", "outlet": "W"}]
    with pytest.raises(ReportError, match=r"no article with id 'beacon-dam'; did you mean 'corpus:beacon-dam'\? .*for a CSV or JSONL row FILE:ID"):
        find_pairs(rows, [("beacon-dam", "corpus:wire-dam")])


def test_the_same_corpus_gives_the_same_report_byte_for_byte():
    recs = corpus_records() * 3  # enough articles per outlet for intervals (bootstrap, fixed seed)
    config = ReportConfig(compress_over_bytes=0)  # and the gzip path, whose header carries no time
    assert build_report(recs, config).html == build_report(recs, config).html


def test_saved_scores_without_text_still_make_a_report():
    recs = [{k: v for k, v in r.items() if k not in ("text", "spans")} for r in corpus_records()]
    html = build_report(recs).html
    figures = re.findall(r'class="figure-data" data-target="fig-(\w+)"', html)
    assert figures == ["profile", "fingerprint"]  # no words to compare, no attributions to count
    store = json.loads(script_bodies(html, 'id="article-data"')[0])
    assert [a["text"] for a in store["articles"]] == [None] * 4


def test_no_articles_is_a_clear_error():
    with pytest.raises(ReportError, match="no articles to report on"):
        build_report([])


@pytest.mark.parametrize(
    "values, expected",
    [
        # quartiles 2, 3, 4; IQR 2, so 100 lies past 4 + 1.5 * 2 and the upper whisker stops at 4
        ([1, 2, 3, 4, 100], {"q1": 2, "median": 3, "q3": 4, "lowerfence": 1, "upperfence": 4, "mean": 22}),
        ([5.0], {"q1": 5, "median": 5, "q3": 5, "lowerfence": 5, "upperfence": 5, "mean": 5}),
    ],
)
def test_box_stats_by_hand(values, expected):
    from framing.report_figures import box_stats

    assert box_stats(values) == pytest.approx(expected)


# --- the commands ------------------------------------------------------------------------------

def test_profile_panels_say_what_each_score_counts_and_start_at_zero():
    from framing.compare import compare_outlets
    from framing.report_figures import profile_figure

    records = [{"id": o, "outlet": o, "scores": {"booster_per_1k": 0.0, "quote_share": share, "custom_score": 1.0}}
               for o, share in (("Fox", 0.2), ("HuffPost", 0.27), ("NYT", 0.14))]
    fig = profile_figure(compare_outlets(records, ["booster_per_1k", "quote_share", "custom_score"]))
    assert [a["text"] for a in fig["layout"]["annotations"]] == [
        "Boosters, the outlet's own, per 1,000 own words<br><span style='font-size:10px;color:#777'>booster_per_1k</span>",
        "Share of words in quotations<br><span style='font-size:10px;color:#777'>quote_share</span>",
        "custom_score",  # a score with no plain title keeps its name
    ]
    # an all-zero panel runs 0 to 1, not -1 to 1 (no score is negative)
    assert {fig["layout"][k]["rangemode"] for k in fig["layout"] if k.startswith("yaxis")} == {"nonnegative"}


def test_a_share_reads_in_percent_in_its_panel_and_the_table_of_means_and_its_csv_keeps_the_fraction():
    """'Share of words in quotations: 0.17' left a class to guess the unit."""
    from framing.compare import compare_outlets
    from framing.report_figures import profile_figure

    records = [{"id": o, "outlet": o, "scores": {"hedge_per_1k": rate, "quote_share": share}}
               for o, rate, share in (("Fox", 5.0, 0.2), ("HuffPost", 2.5, 0.2486))]
    fig = profile_figure(compare_outlets(records, ["hedge_per_1k", "quote_share"]))
    assert [fig["layout"][k].get("tickformat") for k in ("yaxis", "yaxis2")] == [None, ".0%"]
    assert [(t["text"], t["hovertemplate"].split("<br>")[1]) for t in fig["data"]] == [
        # each mean to three significant digits, trailing zeros kept, as the tables write it ("5" and "20%" had read rounder)
        (["5.00"], "Hedges, the outlet's own, per 1,000 own words: 5.00"), (["2.50"], "Hedges, the outlet's own, per 1,000 own words: 2.50"),
        (["20.0%"], "Share of words in quotations: 20.0%"), (["24.9%"], "Share of words in quotations: 24.9%")]
    records = [article_record(framing.analyze(text, outlet=o, id=o)) for o, text in (
        ("Fox", '"It was a farce," she said. The talks ended.'), ("HuffPost", "The talks ended on Friday, officials said."))]
    page = build_report(records).html
    row = re.search(r'class="score-name">quote_share</td><td>Share of words in quotations</td>(.*?)</tr>', page).group(1)
    share = records[0]["scores"]["quote_share"]
    assert row == f"<td>{share * 100:.3g}%</td><td>0%</td><td>{share * 100:.3g} points</td>"
    data = json.loads(script_bodies(page, 'id="page-data"')[0])
    assert data["percentScores"] == [s for s in data["scores"] if s.endswith("_share")]
    means = {r[0]: r for r in data["tables"]["means"]["rows"]}
    assert means["quote_share"][2] == share  # the CSV download: the fraction


def test_the_stance_and_sources_tables_give_their_shares_in_percent(html):
    """The stance chart read 33%, the table under it 0.333."""
    stance = re.search(r'<table class="data" data-table="stance">.*?</table>', html, re.S).group(0)
    data = json.loads(script_bodies(html, 'id="page-data"')[0])["tables"]
    first = data["stance"]["rows"][0]
    cells = re.findall(r"<td>([^<]*)</td>", stance.split("<tbody>")[1].split("</tr>")[0])
    assert cells == [first[0], str(first[1]), *(f"{v * 100:.3g}%" for v in first[2:])]
    sources = re.search(r'<table class="data" data-table="sources">.*?</table>', html, re.S).group(0)
    row = data["sources"]["rows"][0]
    assert re.findall(r"<td>([^<]*)</td>", sources.split("<tbody>")[1].split("</tr>")[0])[-1] == f"{row[-1] * 100:.3g}%"
    assert 0 < row[-1] < 1  # the CSV: the fraction


@pytest.mark.parametrize("min_articles, table", [
    (5, False),  # two articles an outlet: no interval; the table had repeated the means with a "–" in every interval cell
    (2, True),
])
def test_the_interval_table_is_shown_only_where_an_outlet_has_an_interval(min_articles, table):
    page = build_report(corpus_records(), ReportConfig(min_articles=min_articles)).html
    assert ('<table class="data" data-table="profile">' in page) is table
    assert ("No 95% intervals: an outlet needs at least 5 articles for one, so the table of means above is all there is to show." in page) is not table
    assert '<table class="data" data-table="means">' in page


def test_the_distinctive_words_text_does_not_call_every_point_past_the_line_real(html):
    """|z| > 1.96 is a per-word threshold; over thousands of words about 5% cross it by chance."""
    text = " ".join(html.split())
    assert "are unlikely to be chance" not in text
    assert "among hundreds of words a few cross the lines by chance, so trust the points far out, not every one just past a line" in text


@pytest.mark.parametrize("top, ticks", [
    (1, [1]), (3, [1, 2, 5]), (10, [1, 2, 5, 10]), (11, [1, 2, 5, 10, 20]), (180, [1, 2, 5, 10, 20, 50, 100, 200]),
])
def test_log_ticks(top, ticks):
    from framing.report_figures import log_ticks

    assert log_ticks(top) == ticks


def test_the_distinctive_words_axis_is_labelled_in_whole_numbers():
    """Plotly's own log labels past 10 are bare digits ("2", "3" for 20, 30): a class read 20 as 2."""
    from framing.distinctive import Term
    from framing.report_figures import distinctive_figure

    terms = [Term(outlet=o, term=w, count=n, per_1k=1.0, delta=0.5, z=z, total=total)
             for o, w, n, z, total in (("Fox", "illegal", 8, 2.3, 12), ("NYT", "executive", 30, 1.1, 1450))]
    xaxis = distinctive_figure(terms, ["Fox", "NYT", "HuffPost"])["layout"]["xaxis"]
    assert xaxis["type"] == "log"
    assert xaxis["tickvals"] == [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000]
    assert xaxis["ticktext"][-3:] == ["500", "1,000", "2,000"]


def test_the_distinctive_scatter_names_each_outlets_clearest_words_past_the_lines():
    """A class saw a cloud of dots and hovered each to find a word: the clearest few past the dotted
    lines (|z| >= 1.96, at most five an outlet) are written beside their points; the hover names every one."""
    from framing.distinctive import Term
    from framing.report_figures import distinctive_figure

    rows = [("Fox", "illegal", 2.3), ("Fox", "invasion", -2.5), ("Fox", "border", 1.5), ("NYT", "executive", 5.6),
            *(("NYT", f"w{k}", 2.0 + k / 10) for k in range(6))]
    terms = [Term(outlet=o, term=w, count=3, per_1k=1.0, delta=0.5, z=z, total=9) for o, w, z in rows]
    traces = {t["name"]: t for t in distinctive_figure(terms, ["Fox", "NYT", "HuffPost"])["data"]}
    # 'border' (1.5) is inside the lines; 'invasion' (-2.5) is a word Fox uses less: in Fox's colour under the
    # lower line it read as Fox's word, and such labels ran into each other there
    assert [x for x in traces["Fox"]["text"] if x] == ["illegal"]
    assert [x for x in traces["NYT"]["text"] if x] == ["executive", "w5", "w4", "w3", "w2"]  # five of seven
    # two outlets: one trace, the lower side the second outlet's words, written under their points
    (both,) = distinctive_figure([t for t in terms if t.outlet == "Fox"], ["Fox", "NYT"])["data"]
    assert [(x, p) for x, p in zip(both["text"], both["textposition"]) if x] == [("invasion", "bottom center"), ("illegal", "top center")]
    assert [c[2] for c in traces["Fox"]["customdata"]] == ["invasion", "illegal", "border"]
    assert traces["Fox"]["hovertemplate"].startswith("<b>%{customdata[2]}</b>") and traces["Fox"]["mode"] == "markers+text"


def test_words_on_one_point_of_the_distinctive_scatter_share_one_label():
    from framing.distinctive import Term
    from framing.report_figures import distinctive_figure

    terms = [Term(outlet="Fox", term=w, count=6, per_1k=8.44, delta=0.5, z=2.36, total=6) for w in ("news", "isis")]
    terms.append(Term(outlet="Fox", term="mcgurk", count=5, per_1k=7.03, delta=0.5, z=2.31, total=5))
    fox = distinctive_figure(terms, ["Fox", "NYT", "HuffPost"])["data"][0]
    assert fox["text"] == ["news, isis", "", "mcgurk"]


@pytest.mark.parametrize(("counts", "examples"), [
    ({("lowering", "claimed"): 3, ("lowering", "argued"): 5, ("neutral", "said"): 40}, {"lowering": "argued", "neutral": "said"}),
    ({("raising", "stressed"): 2, ("raising", "confirmed"): 2}, {"raising": "confirmed"}),  # a tie: the first in the alphabet
    ({("urging", ""): 4}, {}),  # no words: no example
])
def test_each_stance_is_shown_with_its_commonest_cue(counts, examples):
    from framing.report_figures import stance_examples

    assert stance_examples(counts) == examples


def test_the_stance_legend_names_each_stance_with_a_cue_from_the_articles():
    """'lowering' or 'raising' alone told a class nothing it could find in the texts."""
    from collections import Counter

    from framing.report_figures import stance_figure
    from framing.sourcing import Sourcing

    src = Sourcing(["Fox", "NYT"], {"Fox": Counter(neutral=3, lowering=1), "NYT": Counter(neutral=2, thought=1)}, {}, [])
    fig = stance_figure(src, {"lowering": "distances the outlet"}, {"neutral": "said", "lowering": "claimed"})
    assert [t["name"] for t in fig["data"]] == ['neutral ("said")', 'lowering ("claimed")', "thought"]
    assert fig["data"][1]["hovertemplate"].startswith("lowering: %{y:.0%}")  # the hover keeps the stance and its note
    assert "distances the outlet" in fig["data"][1]["hovertemplate"]


def test_how_to_read_tells_a_class_the_findings_are_a_programs_and_can_be_wrong(html):
    """A class reads the highlights as facts unless told: they are a program's, from word lists and
    rules, and checking them is the exercise (the BASIL triplet shows a bill's 'Amendment' as a speaker)."""
    how = " ".join(re.search(r'<details class="how-to-read" open>(.*?)</details>', html, re.S).group(1).split())
    assert "<strong>A program made these findings, not a person.</strong>" in how
    assert "it makes mistakes: a word flagged in a plain sense, a speaker it misread, a quotation it missed" in how
    assert "to see why it was flagged, which list entry decided and which scores it counts in" in how


def test_how_to_read_explains_scare_quotes_and_shows_spoken_quotations_dashed(html):
    """A class met '"modernisation plan"' highlighted as a quotation nobody spoke, with nothing in the
    key to say what that is; the key's quotation swatch was solid, where the text draws them dashed."""
    how = " ".join(re.search(r'<details class="how-to-read" open>(.*?)</details>', html, re.S).group(1).split())
    assert '<span class="swatch t-quote voice-quoted">Quotations</span>: the words of a source' in how
    assert ('<span class="swatch t-quote">Scare quotes</span>: quotation marks around a word or two that no one is said to have spoken'
            in how)
    assert "the outlet's own choice, often to cast doubt on the word, so underlined solid like the outlet's own words" in how


def _section(page: str, name: str) -> str:
    return " ".join(page[page.index(f'<section id="{name}">'):].split("</section>")[0].split())


def test_the_distinctive_words_are_introduced_in_plain_words_and_the_method_named_in_methods(html):
    """'by the log-odds ratio with an informative prior ... (|z| > 1.96)' opened the section a class reads."""
    language, methods = _section(html, "language"), _section(html, "methods")
    assert "Which words does one outlet use much more often than the others? Each point is a word." in language
    assert "The higher a point, the more often A uses the word compared with B; the lower, the more often B does." in language  # two outlets
    assert "log-odds" not in language and "|z|" not in language and "prior" not in language
    assert "log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008)" in methods
    assert "the dotted lines are at z = &plusmn;1.96" in methods


@pytest.mark.parametrize(("outlets", "title"), [
    (["Fox", "NYT"], "used more by Fox (up) or by NYT (down)"),
    (["Fox", "NYT", "HuffPost"], "used more (up) or less (down) than by the others"),
])
def test_the_distinctive_scatters_axes_speak_plainly(outlets, title):
    from framing.distinctive import Term
    from framing.report_figures import distinctive_figure

    fig = distinctive_figure([Term(outlet="Fox", term="illegal", count=8, per_1k=11.2, delta=0.5, z=2.35, total=12)], outlets)
    assert fig["layout"]["yaxis"]["title"]["text"] == title
    assert fig["layout"]["xaxis"]["title"]["text"] == "times the word occurs in all the articles"
    assert fig["data"][0]["hovertemplate"] == ("<b>%{customdata[2]}</b><br>in all the articles: %{x} times<br>Fox: %{customdata[0]} times "
                                               "(%{customdata[1]} per 1,000 words)<br>how far it stands out (z): %{y}<extra></extra>")


def test_report_command_introduces_the_seeds_distinctive_words_in_plain_words(tmp_path, seeds_dir):
    out = tmp_path / "seeds.html"
    result = CliRunner().invoke(app, ["report", str(seeds_dir), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    language = _section(out.read_text(encoding="utf-8"), "language")
    assert ("The higher a point, the more often The Independent uses the word compared with OGM News; "
            "the lower, the more often OGM News does.") in language
    assert "log-odds" not in language
    fig = json.loads(re.search(r'data-target="fig-distinctive">(.*?)</script>', out.read_text(encoding="utf-8")).group(1))
    assert fig["layout"]["yaxis"]["title"]["text"] == "used more by The Independent (up) or by OGM News (down)"


NO_WORD_CLEARS = "No word crosses the dotted lines: {} words in all are too few for any one word to set an outlet apart."


def test_when_no_word_clears_the_lines_the_page_says_the_articles_are_too_few_words(html):
    """Three short articles: every point sits between the lines, and the table headed 'most
    distinctive' listed 'that' and 'but' as if they were findings."""
    words = sum(row[2] for row in json.loads(script_bodies(html, 'id="page-data"')[0])["tables"]["outlets"]["rows"])
    assert words > 0 and NO_WORD_CLEARS.format(f"{words:,}") in " ".join(html.split())


def test_when_a_word_clears_the_lines_there_is_no_such_note():
    records = [article_record(framing.analyze(text * 40, outlet=outlet, id=f"{outlet}{i}")) for outlet, text in (
        ("A", "The blockade of the port went on. "), ("B", "The talks at the port went on. ")) for i in range(3)]
    page = " ".join(build_report(records).html.split())
    assert "No word crosses the dotted lines" not in page and 'id="fig-distinctive"' in page


def test_the_attribution_charts_say_a_phone_taps_their_bars_for_the_counts_behind_a_share(html):
    """'Hover a bar' said nothing to a class on phones, and the shares' counts are in the hover."""
    assert "Hover over or tap a bar for what its stance means and how many attributions its share is of." in html


def test_each_attribution_chart_says_what_it_shows(html):
    """The two charts stand side by side under one introduction; each carries its own caption,
    which prints with it."""
    titles = {}
    for name in ("stance", "sources"):
        fig = json.loads(re.search(rf'data-target="fig-{name}">(.*?)</script>', html).group(1))
        titles[name] = fig["layout"]["title"]["text"]
    assert titles == {
        "stance": "The stance of each outlet's reporting verbs<br><span style='font-size:11px;color:#666'>"
                  "\"said\" is neutral; \"claimed\" casts doubt, \"stressed\" lends weight</span>",
        "sources": "Whom each outlet's attributions credit<br><span style='font-size:11px;color:#666'>"
                   "a named person or body, an unnamed source, or none found</span>",
    }


def test_the_spread_chart_says_why_a_mean_can_float_above_its_box(tmp_path):
    """BASIL's HuffPost boosters: most articles 0, a flat box at 0 and the dashed mean at 1.1 above
    it, with nothing drawn between (the outliers are not plotted)."""
    records = [article_record(framing.analyze(text, outlet=o, id=f"{o}{i}"))
               for o in ("A", "B") for i, text in enumerate(["The talks went on."] * 4 + ["It was clearly and undeniably a farce."])]
    html = build_report(records).html
    assert "fig-spread" in html
    assert "The outliers are not drawn, so where most articles score 0 a mean can float above a flat box: a few articles score high." in html


def test_a_difference_column_says_which_way_it_runs(html):
    means = json.loads(script_bodies(html, 'id="page-data"')[0])["tables"]["means"]
    assert means["columns"] == ["score", "what it counts", "A", "B", "difference (A \u2212 B)"]
    row = next(r for r in means["rows"] if r[0] == "attributions")
    assert row[4] == round(row[2] - row[3], 4)


def test_outlet_colours_do_not_open_on_red_against_blue():
    """Party colours: a class shown Fox in blue and HuffPost in red reads a label the report never gives."""
    from framing.report_figures import PALETTE

    def hue(hex_colour: str) -> str:
        r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
        return "red" if r > 150 and g < 90 and b < 90 else "blue" if b > 150 and r < 90 and g < 130 else "other"

    assert {hue(c) for c in PALETTE[:3]} == {"other"}
    assert len(set(PALETTE)) == len(PALETTE)


def test_the_radar_draws_each_outlet_as_a_solid_outline_over_a_light_fill_with_short_names_for_a_phone():
    """A trace's opacity (0.55) had faded the outlines with the fills: three overlapping shapes
    blended into one olive patch a class could not tell apart.  meta.short: a phone's axis names."""
    from framing.compare import compare_outlets
    from framing.report_figures import PALETTE, PLAIN_TITLES, SHORT_TITLES, fingerprint_figure, translucent

    records = [{"id": f"{o}{i}", "outlet": o, "scores": {"hedge_per_1k": h, "quote_share": q, "booster_per_1k": 0.0}}
               for o, h, q in (("Fox", 4.0, 0.2), ("NYT", 2.0, 0.3)) for i in range(2)]
    fig = fingerprint_figure(compare_outlets(records, ["hedge_per_1k", "quote_share", "booster_per_1k"]))
    assert [(t["line"], t["fillcolor"], "opacity" in t) for t in fig["data"]] == [
        ({"color": PALETTE[0], "width": 2.5}, "rgba(230,159,0,0.15)", False),
        ({"color": PALETTE[1], "width": 2.5}, "rgba(86,180,233,0.15)", False)]
    assert translucent("#0072B2", 0.5) == "rgba(0,114,178,0.5)"
    assert fig["layout"]["meta"] == {"short": ["Hedges", "Quoted share"]}  # an axis all zero is left out (booster_per_1k)
    assert fig["data"][0]["theta"] == ["Hedges,<br>the outlet's own, per 1,000 own words", "Share of words in quotations",
                                       "Hedges,<br>the outlet's own, per 1,000 own words"]  # the outline closes
    assert set(SHORT_TITLES) == set(PLAIN_TITLES) and max(len(t) for t in SHORT_TITLES.values()) <= 20


def test_the_radar_reads_in_percent_of_the_highest_outlet():
    """Its rings had read 0.2 ... 1, a unit the page never named; the hover already said "(60% of the highest outlet)"."""
    from framing.compare import compare_outlets
    from framing.report_figures import fingerprint_figure

    records = [{"id": o, "outlet": o, "scores": {"hedge_per_1k": h, "quote_share": q}} for o, h, q in (("Fox", 5.0, 0.2), ("NYT", 3.0, 0.25))]
    fig = fingerprint_figure(compare_outlets(records, ["hedge_per_1k", "quote_share"]))
    assert fig["layout"]["polar"]["radialaxis"] == {"range": [0, 1], "tickformat": ".0%"}
    assert [(t["r"], t["customdata"]) for t in fig["data"]] == [([1.0, 0.8, 1.0], ["5.00", "20.0%", "5.00"]), ([0.6, 1.0, 0.6], ["3.00", "25.0%", "3.00"])]  # as the tables write them
    page = build_report(corpus_records()).html
    assert "reaches the rim (100%), and the rings give each outlet as a percentage of it" in page


def test_every_stance_in_the_stance_chart_has_its_own_colour():
    from collections import Counter

    from framing.report_figures import stance_figure
    from framing.sourcing import Sourcing

    stances = ["neutral", "raising", "lowering", "aggressive", "commitment", "concession", "denial", "emotive",
               "labeling", "tentative", "thought", "urging", "my_new_stance", "another_new_one"]
    fig = stance_figure(Sourcing(["A"], {"A": Counter({st: 1 for st in stances})}, {"A": Counter()}, []))
    colours = [t["marker"]["color"] for t in fig["data"]]
    assert len(colours) == len(stances) and len(set(colours)) == len(colours)


@pytest.mark.parametrize(("sources", "named", "hover"), [
    # a long article and a short one: 62 named of 67 against 19 of 26 (the bars had been 62 and 19 high)
    ({"NYT": {"named": 62, "anonymous": 4, "not named": 1}, "Fox": {"named": 19, "anonymous": 1, "not named": 6}},
     [62 / 67, 19 / 26], [62, 67]),
    ({"A": {"named": 0, "anonymous": 0, "not named": 0}, "B": {"named": 2}}, [0, 1], [0, 0]),  # no attributions: no bar
])
def test_the_sources_chart_compares_shares_of_each_outlets_attributions_not_counts(sources, named, hover):
    from collections import Counter

    from framing.report_figures import sources_figure
    from framing.sourcing import Sourcing

    fig = sources_figure(Sourcing(list(sources), {o: Counter() for o in sources}, {o: Counter(c) for o, c in sources.items()}, []))
    traces = {t["name"]: t for t in fig["data"]}
    assert traces["named"]["y"] == pytest.approx(named)
    assert traces["named"]["customdata"][0] == hover
    assert traces["named"]["hovertemplate"] == ("named: %{y:.0%} (%{customdata[0]} of %{customdata[1]} attributions), "
                                                "credited to a named person or body<extra>%{x}</extra>")
    assert (fig["layout"]["barmode"], fig["layout"]["yaxis"]["tickformat"], fig["layout"]["yaxis"]["title"]["text"]) == ("stack", ".0%", "share of attributions")


def write_corpus(folder, per_outlet: int) -> None:
    folder.mkdir()
    rows = ["path,outlet,date,headline"]
    for outlet, verb, word in (("Left Times", "said", "calm"), ("Right Post", "claimed", "disastrous")):
        for i in range(per_outlet):
            name = f"{outlet.split()[0].lower()}{i}.txt"
            extra = " It was a farce." * (i % 3)
            (folder / name).write_text(f"The minister {verb} the {word} talks went on.{extra} Officials said talks may resume.\n", encoding="utf-8")
            rows.append(f"{name},{outlet},2025-05-{10 + i:02d},Story {i}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_report_command_writes_the_file_and_prints_path_and_summary(tmp_path):
    write_corpus(tmp_path / "news", 5)
    out = tmp_path / "out" / "news.html"
    result = runner.invoke(app, ["report", str(tmp_path / "news"), "--out", str(out), "--title", "Classroom", "--pair", "left0", "right0"])
    assert result.exit_code == 0, result.output
    assert out.is_file() and "<title>Classroom</title>" in out.read_text(encoding="utf-8")
    assert f"report: {out} (10 articles" in result.stdout.replace("\n", "")
    assert "Left Times" in result.stdout and "Right Post" in result.stdout


def test_report_command_with_no_paths_reports_on_seeds(tmp_path, monkeypatch, seeds_dir):
    import shutil

    shutil.copytree(seeds_dir, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["report"])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "reports" / "seeds.html").read_text(encoding="utf-8")
    assert "The Independent" in page and "OGM News" in page
    assert "no statistical claim is possible" in page
    assert page.index('id="side-by-side"') < page.index('id="profile"')  # two articles: the classroom view first
    # the two texts are regions a screen reader can name and jump between; the page says how the
    # details and the skip links work (tests/test_report_classroom.py works them in a browser)
    assert '<div class="column" id="pair-a" role="region" aria-label="first text">' in page
    assert '<div class="column" id="pair-b" role="region" aria-label="second text">' in page
    said = ("which scores it counts in; a click or Enter keeps the details open until you click elsewhere, go on to another "
            "finding or press Escape. With the keyboard, a link at the top of each text skips to the other.")
    assert said in " ".join(page.split())
    assert "Escape hides it" not in page


def test_report_on_a_class_folder_of_three_outlets_shows_them_side_by_side_first(tmp_path):
    """A teacher's folder: one story from each of three outlets and a manifest, no `event` column."""
    news = tmp_path / "class"
    news.mkdir()
    rows = ["path,outlet,date,headline"]
    for name, outlet, verb in (("fox", "Fox News", "claimed"), ("hpo", "HuffPost", "said"), ("nyt", "The New York Times", "stressed")):
        (news / f"{name}.txt").write_text(f"Flynn pleads guilty\n\nThe president {verb} the case was unfair.\n", encoding="utf-8")
        rows.append(f"{name}.txt,{outlet},2017-12-04,Flynn pleads guilty")
    (news / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "class.html"
    result = runner.invoke(app, ["report", str(news), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.index('id="side-by-side"') < page.index('id="profile"')
    assert re.findall(r'<option value="\d">([^<]*)</option>', page) == [
        "Fox News | HuffPost", "Fox News | The New York Times", "HuffPost | The New York Times"]


def test_report_on_a_few_stories_with_an_event_column_shows_them_side_by_side_first(tmp_path):
    """A teacher's folder of two stories, each told by three outlets, named in the manifest's
    `event` column: the classroom view comes first (it came after the statistics)."""
    news = tmp_path / "class"
    news.mkdir()
    rows = ["path,outlet,event"]
    for event in ("flynn", "budget"):
        for name, outlet in (("fox", "Fox News"), ("hpo", "HuffPost"), ("nyt", "NYT")):
            (news / f"{name}-{event}.txt").write_text(f"{event} story\n\nThe president said the {event} case was unfair.\n", encoding="utf-8")
            rows.append(f"{name}-{event}.txt,{outlet},{event}")
    (news / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "class.html"
    result = runner.invoke(app, ["report", str(news), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.index('id="side-by-side"') < page.index('id="profile"')
    assert re.findall(r'<option value="\d">([^<]*)</option>', page) == [
        "budget: Fox News | HuffPost", "budget: Fox News | NYT", "budget: HuffPost | NYT",
        "flynn: Fox News | HuffPost", "flynn: Fox News | NYT", "flynn: HuffPost | NYT"]


@pytest.mark.parametrize(
    "n, outlet, expected",
    [
        (3, None, ["a0", "a1", "a2"]),  # a teacher's files with no manifest: each under its file name
        (4, None, ["a0", "a1", "a2", "a3"]),
        (5, None, ["(no outlet)"]),  # five are a corpus: one "(no outlet)", as before
        (1, None, ["(no outlet)"]),  # one article compares with nothing
        (3, "Wire", ["Wire"]),  # named outlets are kept
    ],
)
def test_a_class_set_with_no_outlets_is_compared_by_file_name(n, outlet, expected):
    import framing

    records = [article_record(framing.analyze("The senator said it failed.", outlet=outlet, id=f"a{i}")) for i in range(n)]
    result = build_report(records)
    assert [o.name for o in result.comparison.outlets] == expected
    assert any("each is shown under its file name" in note for note in result.comparison.notes) is (expected[0] == "a0")


@pytest.mark.parametrize(
    "events, expected",
    [
        (["a", "a", "b", "b"], True),  # two stories, two outlets each
        (["a", "a", ""], False),  # an article outside any story: a corpus
        (["a"] * 5, False),  # five articles of one event: more than a class reads side by side
        ([str(i) for i in range(11) for _ in range(2)], False),  # eleven stories: a corpus
    ],
)
def test_is_story_set(events, expected):
    from framing.report_articles import is_story_set

    assert is_story_set([{"id": str(i), "outlet": str(i), "event": e} for i, e in enumerate(events)]) is expected


def test_the_terminal_summary_keeps_outlet_names_whole_on_80_columns():
    """Seven PolNeAR outlets on an 80-column terminal had printed 'west-journ' / 'al' and 'HuffPo…'."""
    import io

    from rich.console import Console

    from framing.cli.report import _summary_table
    from framing.compare import compare_outlets

    outlets = ["breitbart", "huff-post", "nyt", "politico", "usa-today", "wash-post", "west-journal"]
    recs = [{"outlet": o, "words": 172_659, "scores": {"loaded_author_per_1k": 12.5, "loaded_quoted_per_1k": 17.5, "hedge_per_1k": 9.57,
             "booster_per_1k": 1.85, "quote_share": 0.291, "nonneutral_verb_share": 0.384}} for o in outlets for _ in range(144)]
    console = Console(width=80, file=io.StringIO())
    console.print(_summary_table(compare_outlets(recs)))
    lines = console.file.getvalue().splitlines()
    assert max(len(l) for l in lines) <= 80
    # too many to stand side by side with their intervals: a block a score, a row an outlet, each name whole
    named = [next(w for w in l.split() if w in outlets) for l in lines if set(l.split()) & set(outlets)]
    assert named == outlets * 6
    assert lines[4].split() == ["loaded", "own", "/1k", "breitbart", "144", "24,862,896", "12.5", "[12.5,", "12.5]"]


def test_report_command_with_nothing_readable_is_a_one_line_error(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["report", str(tmp_path / "news"), "--out", str(tmp_path / "r.html"), "--no-model"])
    assert result.exit_code == 1
    assert "error: no articles to report on (1 input could not be read)" in result.stderr


def test_report_on_a_folder_with_no_articles_says_what_to_give_it(tmp_path):
    (tmp_path / "class").mkdir()
    (tmp_path / "class" / "photo.jpg").write_bytes(b"\xff\xd8")
    result = runner.invoke(app, ["report", str(tmp_path / "class"), "--out", str(tmp_path / "r.html"), "--no-model"])
    assert result.exit_code == 1
    assert result.stderr.strip() == ("error: no articles to report on; give files or folders of articles: "
                                     ".txt or .md (the headline on the first line), .html or .mhtml, .docx, .doc, .odt, .pdf or .rtf, .csv, .jsonl or .parquet")
    assert not (tmp_path / "r.html").exists()
    assert not (tmp_path / "r.html").exists()


def test_report_command_unknown_pair_is_a_one_line_error(tmp_path):
    write_corpus(tmp_path / "news", 1)
    result = runner.invoke(app, ["report", str(tmp_path / "news"), "--out", str(tmp_path / "r.html"), "--pair", "left0", "nope"])
    assert result.exit_code == 1
    assert "error: --pair: no article with id 'nope'" in result.stderr


def test_compare_with_three_outlets_shows_pairwise_tests_only_behind_a_clear_omnibus(tmp_path):
    """Five outlets and thirteen scores made 143 test rows in the terminal; now the pairwise rows of
    a score show only when its Kruskal-Wallis test is clear, and the caption says what is hidden."""
    rows = ["id,outlet,words,loaded_author_per_1k,hedge_per_1k"]
    for outlet, base in (("Alpha", 10), ("Beta", 11), ("Gamma", 40)):
        rows += [f"{outlet.lower()}{i},{outlet},500,{base + i},{5 + (i * 7) % 5}" for i in range(8)]
    saved = tmp_path / "scores.csv"
    saved.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["compare", "--scores", str(saved)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    cells = [re.split(r"\s{2,}", line.strip()) for line in result.stdout.splitlines()]
    shown = [(c[0], c[1]) for c in cells if len(c) > 2 and c[0] in ("loaded_author_per_1k", "hedge_per_1k")]
    assert [x for x in shown if x[1] == "all" or " vs " in x[1]] == [
        ("loaded_author_per_1k", "all"), ("loaded_author_per_1k", "Alpha vs Beta"), ("loaded_author_per_1k", "Alpha vs Gamma"),
        ("loaded_author_per_1k", "Beta vs Gamma"), ("hedge_per_1k", "all"),
    ]
    text = " ".join(result.stdout.split())
    assert ("Effect size: for all outlets, epsilon-squared (ε², 0 to 1: the share of the scores' rank variance that lies "
            "between outlets); for a pair, Cliff's delta (δ, + when the first outlet's articles score higher, - when lower, -1 to 1).") in text
    assert "3 pairwise tests not shown: their score's Kruskal-Wallis test is not below 0.05 adjusted. Every test: --out FILE.csv (FILE.tests.csv)." in text
    assert "loaded_author_per_1k: an article of Gamma scores higher than one of Alpha in 100% of pairs" in text


def test_compare_command_writes_csv_with_tests_beside_it(tmp_path):
    write_corpus(tmp_path / "news", 6)
    out = tmp_path / "cmp.csv"
    result = runner.invoke(app, ["compare", str(tmp_path / "news"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {(r["score"], r["outlet"]) for r in rows} >= {("nonneutral_verb_share", "Left Times"), ("nonneutral_verb_share", "Right Post")}
    assert all(r["n"] == "6" for r in rows if r["score"] == "loaded_per_1k")
    tests = list(csv.DictReader(io.StringIO((tmp_path / "cmp.tests.csv").read_text(encoding="utf-8"))))
    loaded = [t for t in tests if t["score"] == "loaded_per_1k"][0]
    assert (loaded["test"], loaded["outlet_a"], loaded["outlet_b"]) == ("Mann-Whitney U", "Left Times", "Right Post")
    assert "Mann-Whitney U" in result.stdout and "Left Times" in result.stdout
    assert "nonneutral_verb_share: an article of Right Post scores higher than one of Left Times in 100% of pairs" in " ".join(result.stdout.split())


def test_compare_with_too_few_articles_writes_no_tests_file_and_says_what_it_wrote(tmp_path):
    write_corpus(tmp_path / "news", 2)
    out = tmp_path / "cmp.csv"
    result = runner.invoke(app, ["compare", str(tmp_path / "news"), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    assert out.exists() and not (tmp_path / "cmp.tests.csv").exists()
    assert "Too few articles for statistics" in " ".join(result.stdout.split())
    assert result.stdout.strip().splitlines()[-1].endswith("cmp.csv")  # "wrote .../cmp.csv", nothing more


def test_compare_csv_keeps_formula_like_outlet_names_as_text(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("The talks failed, officials said.\n", encoding="utf-8")
    out = tmp_path / "cmp.csv"
    result = runner.invoke(app, ["compare", str(tmp_path / "news"), "--outlet", "=HYPERLINK(1)", "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {r["outlet"] for r in rows} == {"'=HYPERLINK(1)"}


def test_compare_command_json_and_bad_suffix(tmp_path):
    write_corpus(tmp_path / "news", 1)
    out = tmp_path / "cmp.json"
    result = runner.invoke(app, ["compare", str(tmp_path / "news"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [o["name"] for o in data["outlets"]] == ["Left Times", "Right Post"]
    assert data["tests"] == [] and "no statistical claim is possible" in data["notes"][0]
    bad = runner.invoke(app, ["compare", str(tmp_path / "news"), "--out", str(tmp_path / "cmp.txt")])
    assert bad.exit_code == 1 and "--out must end in .csv or .json" in bad.stderr


def test_category_notes_explain_every_finding_type_a_tooltip_shows():
    from framing.report import category_notes

    notes = category_notes()
    assert set(notes) == {"loaded", "hedge", "booster", "attribution", "anonymous_source", "quote"}
    assert notes["loaded"]["contempt"].startswith("words that mock a person or idea")
    assert notes["attribution"]["neutral"].startswith("reports what someone said without judging it")
    assert notes["quote"]["scare"] == "quoted words nobody is said to have spoken (scare quotes): the outlet's own voice"


def test_plain_score_titles_fit_a_panel_and_say_what_a_rate_divides_by():
    """Panels sit three to a row: a longer title ran into its neighbour's.  A rate of the outlet's
    own findings says it is per 1,000 of its own words (a student's 6 / 719 words is not it)."""
    from framing.report_figures import PLAIN_TITLES

    assert max(len(t) for t in PLAIN_TITLES.values()) <= 52
    # a "confirmed" (raising) counts in the verb share: "loaded", the red layer's word, had named it wrongly
    assert PLAIN_TITLES["nonneutral_verb_share"] == "Share of reported speech with a non-neutral verb"
    for score in ("loaded_author_per_1k", "loaded_weighted_author_per_1k", "hedge_per_1k", "booster_per_1k"):
        assert PLAIN_TITLES[score].endswith("per 1,000 own words")


def _outlet_scores(tmp_path, outlets: int = 3):
    """Six articles from each of two or three outlets whose loaded words differ, scored once to JSONL."""
    news = tmp_path / "news"
    news.mkdir()
    rows = ["path,outlet,date,headline"]
    words = {"Calm Daily": "", "Middle Post": " It was a farce.", "Loud Times": " It was a farce, a disaster and a sham."}
    for outlet, extra in list(words.items())[-outlets:]:
        for i in range(6):
            name = f"{outlet.split()[0].lower()}{i}.txt"
            (news / name).write_text(f"Story {i}\n\nThe minister said the talks went on.{extra * (1 + i % 2)} Officials said talks may resume.\n",
                                     encoding="utf-8")
            rows.append(f"{name},{outlet},2025-05-{10 + i:02d},Story {i}")
    (news / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    scores = tmp_path / "scores.jsonl"
    result = runner.invoke(app, ["score", str(news), "--no-model", "--jobs", "1", "--out", str(scores)])
    assert result.exit_code == 0, result.output
    return scores


def test_the_report_shows_the_epsilon_squared_compare_gives_for_three_outlets(tmp_path):
    """Epsilon-squared, the Kruskal-Wallis effect size, was in `framing compare`'s tests but not in
    the report: the report's per-score table now carries the very numbers compare writes."""
    scores = _outlet_scores(tmp_path)
    assert runner.invoke(app, ["compare", "--scores", str(scores), "--out", str(tmp_path / "cmp.csv")]).exit_code == 0
    epsilon = ("epsilon_squared", "epsilon_squared_ci_low", "epsilon_squared_ci_high", "epsilon_squared_by_chance")
    compared = {r["score"]: tuple(float(r[c]) if r[c] else None for c in epsilon)
                for r in csv.DictReader((tmp_path / "cmp.tests.csv").open(encoding="utf-8")) if r["test"] == "Kruskal-Wallis H"}
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", "--scores", str(scores), "--out", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    table = json.loads(script_bodies(page, 'id="page-data"')[0])["tables"]["tests"]
    # A Kruskal-Wallis row has no pair and no Cliff's delta: those columns go, epsilon-squared, its
    # bootstrap interval and what it gives by chance alone come.
    assert table["columns"] == ["score", "test", "statistic", "p", "p_adjusted", *epsilon]
    shown = {row[0]: tuple(row[-4:]) for row in table["rows"]}
    assert shown == compared
    effect, low, high, chance = shown["loaded_author_per_1k"]
    assert effect > 0.5  # the outlets' loaded words apart: a large effect
    assert low <= effect <= high
    assert chance == round(2 / 17, 4)  # 3 outlets of 18 articles: (3 - 1) / (18 - 1)
    # On the page, three decimals, as `framing compare` prints epsilon-squared, its interval and its chance level.
    assert f"<td>{effect:.3f}</td><td>{low:.3f}</td><td>{high:.3f}</td><td>0.118</td>" in page
    assert "epsilon-squared, its effect size, and its 95% bootstrap interval" in page


def test_with_two_outlets_the_tests_keep_cliffs_delta_and_have_no_epsilon_squared(tmp_path):
    out = tmp_path / "report.html"
    assert runner.invoke(app, ["report", "--scores", str(_outlet_scores(tmp_path, outlets=2)), "--out", str(out)]).exit_code == 0
    table = json.loads(script_bodies(out.read_text(encoding="utf-8"), 'id="page-data"')[0])["tables"]["tests"]
    assert table["columns"] == ["score", "test", "outlet_a", "outlet_b", "statistic", "p", "p_adjusted", "cliffs_delta", "delta_ci_low", "delta_ci_high", "magnitude"]
    assert {row[1] for row in table["rows"]} == {"Mann-Whitney U"}


def test_a_findings_details_cite_its_lexicon_row_and_note_including_the_users_own(tmp_path):
    """Why a word was flagged: the entry, the file and line it is written on, its note, and a user's
    own category explained from their metadata.json.  Only the entries the articles cite go in."""
    lex = tmp_path / "mylex"
    lex.mkdir()
    (lex / "metadata.json").write_text(json.dumps({"loaded": {"categories": {"obstruction": "stalling framed as bad faith"}}}), encoding="utf-8")
    (lex / "loaded.tsv").write_text("term\tcategory\tweight\tnote\tsource\nstall\tobstruction\t2\tdelay tactics\tme\n", encoding="utf-8")
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("Talks stall\n\nMoscow stalled the talks, a senior official claimed. The envoy is a puppet, perhaps.\n",
                                encoding="utf-8")
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", str(news), "--out", str(out), "--lexicon", str(lex), "--no-model"])
    assert result.exit_code == 0, result.output
    data = json.loads(script_bodies(out.read_text(encoding="utf-8"), 'id="page-data"')[0])
    notes = data["entryNotes"]
    cited = {t: {k: notes["rows"][i] for k, i in notes[t].items()} for t in notes if t != "rows"}
    from framing.lexicon import load

    claim_line = load().entries["loaded"]["claim"].line  # the lexicon grows above it
    verbs = Path(__file__).resolve().parents[1] / "lexicons" / "reporting_verbs.tsv"  # so does this one
    verb_line = next(i for i, row in enumerate(verbs.read_text(encoding="utf-8").splitlines(), 1) if row.startswith("claim\tlowering\t"))
    assert cited == {
        "loaded": {"stall": ["your lexicon mylex/loaded.tsv:2", "delay tactics", "stall"],
                   "puppet": ["loaded.tsv:5", "for a person controlled by another; the hand puppet of a children's show is plain", "puppet"],
                   "claim": [f"loaded.tsv:{claim_line}", notes["rows"][notes["loaded"]["claim"]][1], "claim"]},
        "hedge": {"perhaps": ["hedge.tsv:32", "", "perhaps"]},
        # an attribution and an anonymous source cite their reporting_verbs / anonymous_sources rows too
        "attribution": {"claim|lowering|claimed": [f"reporting_verbs.tsv:{verb_line}", "distances the outlet from the content", "claim"]},
        "anonymous_source": {"a senior official": ["anonymous_sources.tsv:15", "", "a senior official"]},
    }
    assert len(notes["rows"]) == 6  # each row once
    assert data["categoryNotes"]["loaded"]["obstruction"] == "stalling framed as bad faith"
    assert data["categoryNotes"]["loaded"]["contempt"].startswith("words that mock a person or idea")  # ours are kept beside it
    # Methods says which lexicons, in which versions, and which files of the user's were in force
    from framing.lexicon import load

    packaged = load()
    methods = re.search(r"<h3>Lexicons</h3>\s*<p>The findings were read with: (.*?)\. <code>", out.read_text(encoding="utf-8")).group(1)
    assert methods.split("; ") == [
        *(f"{n} {packaged.metadata[n]['version']} ({len(packaged.entries[n]) + (n == 'loaded'):,} entries)"
          for n in ("loaded", "hedge", "booster", "reporting_verbs", "anonymous_sources")),
        "your mylex/loaded.tsv (1 row in force)"]


def test_a_class_folder_of_30_articles_from_6_outlets_stays_small_and_keeps_every_text_once(tmp_path):
    """A teacher's folder (six outlets, five articles each, a manifest): beyond plotly.js, embedded
    once, the page is a few hundred KB, and each text is stored once (the side-by-side and article
    views draw from that one copy)."""
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    sentences = [s for p in sorted(seeds.glob("*.txt")) for s in re.split(r"(?<=[.!?])\s+", p.read_text(encoding="utf-8")) if len(s) > 40]
    news = tmp_path / "news"
    news.mkdir()
    rows = ["path,outlet,date,headline"]
    for i in range(30):
        outlet = f"Outlet {i % 6}"
        body = " ".join(sentences[(i * 7 + k) % len(sentences)] for k in range(25))
        (news / f"a{i:02d}.txt").write_text(f"Story {i}\n\n{body} Unique marker {i}zz.\n", encoding="utf-8")
        rows.append(f"a{i:02d}.txt,{outlet},2025-05-{10 + i % 10},Story {i}")
    (news / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "news.html"
    result = runner.invoke(app, ["report", str(news), "--out", str(out), "--no-model", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "(30 articles" in " ".join(result.output.split())
    page = out.read_text(encoding="utf-8")
    plotly = max(re.findall(r"<script>(.*?)</script>", page, re.S), key=len)
    assert page.count("Plotly") >= 1 and len(re.findall(r"<script>", page)) == 2  # plotly.js and the page's script
    assert len(page.encode()) - len(plotly.encode()) < 1_000_000
    for i in range(30):
        assert page.count(f"Unique marker {i}zz.") == 1


@pytest.mark.parametrize("spans, used", [
    ([{"type": "loaded", "detector": "lexicon", "term": "slam", "text": "slammed"}], {("loaded", "slam")}),
    ([{"type": "hedge", "detector": "lexicon", "text": "Perhaps"}], {("hedge", "perhaps")}),  # the term is the word itself
    ([{"type": "loaded", "detector": "lexicon"}], set()),  # a saved record without term or text: no crash
    # an attribution and an anonymous source: their words (and verb and stance) find their row
    ([{"type": "attribution", "detector": "quotes", "text": "said", "verb": "say", "stance": "neutral"}],
     {("attribution", "said", "say", "neutral")}),
    ([{"type": "attribution", "detector": "quotes", "text": ":"}], set()),  # a colon: no verb, no row
    ([{"type": "anonymous_source", "detector": "quotes", "text": "a senior official"}], {("anonymous_source", "a senior official", None, None)}),
    ([{"type": "loaded", "text": "farce"}], set()),  # no detector recorded: not claimed to be a lexicon row
])
def test_used_entries(spans, used):
    from framing.report_entries import used_entries

    assert used_entries(spans) == used


@pytest.mark.parametrize("found, row", [
    (("attribution", "said", "say", "neutral"), ("say|neutral|said", "say")),
    (("attribution", "calling for", "call_for", "urging"), ("call_for|urging|calling for", "call for")),  # the phrase's row, not 'call'
    (("anonymous_source", "A  senior official", None, None), ("a senior official", "a senior official")),
    (("anonymous_source", "two Western diplomats", None, None), ("two western diplomats", "diplomats")),  # its head word's row
    # the head before a prepositional tail (BASIL's Fox article on birthright citizenship)
    (("anonymous_source", "Critics of birthright citizenship", None, None), ("critics of birthright citizenship", "critics")),
    (("anonymous_source", "officials in the Trump administration", None, None), ("officials in the trump administration", "officials")),
])
def test_attributions_and_anonymous_sources_cite_their_row(found, row):
    from framing.lexicon import load
    from framing.report_entries import entry_notes

    notes = entry_notes({found})
    key, term = row
    where, _note, cited = notes["rows"][notes[found[0]][key]]
    lexicon = {"attribution": "reporting_verbs", "anonymous_source": "anonymous_sources"}[found[0]]
    assert cited == term
    assert where == f"{lexicon}.tsv:{load().lookup(lexicon, term).line}"


@pytest.mark.parametrize("unreadable, shown_open", [(2, True), (5, True), (6, False)])
def test_inputs_that_could_not_be_read_are_named_and_a_few_listed_open(tmp_path, unreadable, shown_open):
    news = tmp_path / "news"
    news.mkdir()
    (news / "wire.txt").write_text("Talks\n\nThe talks began on Friday, officials said.\n", encoding="utf-8")
    for i in range(unreadable):
        (news / f"saved{i}.pdf").write_bytes(b"%PDF-1.4\n%binary")
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", str(news), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    details = re.search(r'<details class="errors"( open)?><summary>(.*?)</summary>\s*<ul>(.*?)</ul>', page, re.S)
    assert details.group(2) == f"{unreadable} inputs could not be read"
    assert bool(details.group(1)) is shown_open
    items = re.findall(r"<li>(.*?)</li>", details.group(3))
    assert [re.sub(r".*/", "", i.split(":")[0]) for i in items] == [f"saved{i}.pdf" for i in range(unreadable)]
    assert all(": a damaged PDF, or one cut short, which cannot be read (PdfStreamError: Stream has ended unexpectedly); download or save it again" in i
               for i in items)


def _corpus_csv(tmp_path, outlets: dict) -> str:
    """A CSV corpus: six articles per outlet (None: the outlet cell left empty), loaded words
    differing between them so that the tests find something."""
    rows = []
    for outlet, extra in outlets.items():
        for i in range(6):
            text = f"The minister said the talks went on.{extra * (1 + i % 2)} Officials said talks may resume."
            rows.append({"id": f"{(outlet or 'none').split()[0].lower()}{i}", "outlet": outlet or "", "title": f"Story {i}", "text": text})
    path = tmp_path / "corpus.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "outlet", "title", "text"])
        w.writeheader()
        w.writerows(rows)
    return str(path)


def test_articles_naming_no_outlet_beside_named_outlets_are_shown_but_not_tested(tmp_path):
    """A CSV whose outlet cell is empty for some rows: those articles are one "(no outlet)" group,
    missing data that the report tested against the named outlets like a newspaper (a Kruskal-Wallis
    over three "outlets").  As in `framing compare`, the group is shown but left out of the tests,
    and the page says so."""
    corpus = _corpus_csv(tmp_path, {"Calm Daily": "", "Loud Times": " It was a farce, a disaster and a sham.", None: " It was a farce."})
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", corpus, "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    tables = json.loads(script_bodies(page, 'id="page-data"')[0])["tables"]
    # shown: a column of the means table, rows of the profile
    assert tables["means"]["columns"][2:] == ["Calm Daily", "Loud Times", "(no outlet)"]
    outlet_col = tables["profile"]["columns"].index("outlet")
    assert {r[outlet_col] for r in tables["profile"]["rows"]} == {"Calm Daily", "Loud Times", "(no outlet)"}
    # not tested: two outlets, so Mann-Whitney between them alone, never Kruskal-Wallis over three
    tests = tables["tests"]
    assert tests["columns"] == ["score", "test", "outlet_a", "outlet_b", "statistic", "p", "p_adjusted", "cliffs_delta", "delta_ci_low", "delta_ci_high", "magnitude"]
    assert {(r[1], r[2], r[3]) for r in tests["rows"]} == {("Mann-Whitney U", "Calm Daily", "Loud Times")}
    assert tables["pairwise"]["rows"] == []
    assert "(no outlet) scores higher" not in page and "than one of (no outlet)" not in page
    # the page says why, and describes the test it ran (two groups), not one over three outlets
    text = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    assert "(no outlet): 6 articles, shown but left out of the tests (a group of articles with no value is not a group to compare)" in text
    assert "Mann-Whitney U test per score (two-sided), with Cliff's delta" in text
    assert "Kruskal-Wallis test per score across all outlets" not in text
    assert "(no outlet): 6 articles, shown but left out of the tests" in " ".join(result.stdout.split())


def test_when_no_article_names_an_outlet_the_page_says_so_once(tmp_path):
    """All under "(no outlet)": the note that there is nothing to compare, not a second one that the
    group is left out of tests there are none of."""
    corpus = _corpus_csv(tmp_path, {None: " It was a farce."})
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", corpus, "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    notes = re.findall(r'<p class="note">(.*?)</p>', out.read_text(encoding="utf-8"), re.S)
    assert notes and all(n.startswith("No article names its outlet") for n in notes)


@pytest.mark.parametrize(("pairs", "label"), [
    ([("a0", "b0"), ("a1", "b1")], "Pair:"),  # the pairs asked for, not every two of the four
    ([("a0", "b0"), ("a0", "a1"), ("b0", "a1")], "Compare two of the 3 articles:"),  # every two of three: a class may not know of the third
])
def test_the_pair_chooser_says_how_many_articles_when_every_two_are_offered(pairs, label):
    page = build_report(corpus_records(), ReportConfig(pairs=pairs)).html
    assert re.search(r'<label class="pair-label"><span class="pair-label-text">(.*?)</span> <select', page).group(1) == label


def test_every_packaged_stance_has_a_colour_of_its_own_in_the_stance_chart():
    # a stance without one took the next spare colour, which changed with the stances present
    from framing import lexicon
    from framing.report_figures import STANCE_COLOURS

    stances = {e.category for e in lexicon.load().entries["reporting_verbs"].values()}
    assert "no_comment" in stances and stances <= set(STANCE_COLOURS)
    assert len(set(STANCE_COLOURS.values())) == len(STANCE_COLOURS)


def test_the_copies_drop_duplicates_left_out_are_listed_naming_the_article_each_repeats(tmp_path, monkeypatch):
    # the page had said nothing of them: only the --errors file and the terminal named them
    from framing.duplicate_texts import Duplicates
    from framing.report import analyse_for_report
    from report_copies import copies_corpus, dropped_copies_listed

    monkeypatch.chdir(tmp_path)
    paths = [p.relative_to(tmp_path) for p in copies_corpus(tmp_path)]
    result = build_report(analyse_for_report(paths, jobs=1, duplicates=Duplicates(drop=True)))
    assert result.articles == 2 and result.errors == []  # a copy is not an input that could not be read
    assert result.dropped == ["b/story.txt: the same text as a/story.txt", "c/story.txt: the same text as a/story.txt"]
    summary, rows = dropped_copies_listed(result.html)
    assert summary == "2 articles left out as exact copies of earlier ones (--drop-duplicates)"
    assert rows == result.dropped
    assert "could not be read" not in result.html


def test_without_drop_duplicates_no_list_of_copies():
    assert 'class="dropped"' not in build_report(corpus_records()).html


@pytest.mark.parametrize("path, line, first, listed", [
    ("b/story.txt", None, "a/story.txt", "b/story.txt: the same text as a/story.txt"),
    ("news.csv", 4, "news.csv, line 2", "news.csv, line 4: the same text as news.csv, line 2"),  # as the terminal names a row
])
def test_a_dropped_copy_reads_as_the_terminal_names_it(path, line, first, listed):
    from framing.duplicate_texts import DROPPED, PREFIX, DroppedDuplicate
    from framing.report import copy_line

    assert copy_line(DroppedDuplicate(path, DROPPED + PREFIX + first, line, "news:d3" if line else None)) == listed


def test_a_loaded_word_in_scare_quotes_is_the_outlets_and_the_page_says_why():
    """HuffPost's 'his “deep state” Justice Department' (BASIL 87609973): the loaded word is the outlet's
    (the marks credit no one), and the details the page writes say so beside the quotation marks."""
    a = framing.analyze("Trump renewed his attack on his \u201cdeep state\u201d Justice Department on Tuesday.", outlet="HuffPost", id="hp")
    found = {(s.type, s.category, s.voice) for s in a.spans}
    assert ("quote", "scare", "author") in found and ("loaded", "political_pejorative", "author") in found
    html = build_report([article_record(a)]).html
    assert ("the outlet's own words: the quotation marks around them credit no one (a scare quote), "
            "so they count as the outlet's own choice of words") in html


# The distinctive words' table in a student's words: its columns are code names (they head the CSV too):
# "z 1.82" beside Fox's "is" read as a finding, and "per_1k" 16 for "earth", 9 times in 591 words, as a
# mistake (BASIL 65cb14cb: 562 words of two letters or more)
TERMS_WORDS = ("In the table: <b>count</b>, how many times the outlet's articles use the word; <b>per_1k</b>, that per 1,000 of their "
               "words of two letters or more (numbers and one-letter words left out, so a little more than the words in the table of "
               "outlets give); <b>z</b>, the word's height in the chart: past 1.96, beyond the dotted line, it stands out more than "
               "chance would usually make it; below 1.96 it only leans towards that outlet.")


def _language_section(html: str) -> str:
    return re.sub(r"\s+", " ", html.split('<section id="language">')[1].split("</section>")[0])


def test_the_distinctive_words_table_says_what_its_columns_count():
    from framing.report import build_report

    section = _language_section(build_report(corpus_records()).html)
    assert section.index('data-table="terms"') < section.index(TERMS_WORDS)  # under the table
    one_outlet = [{**r, "outlet": "Daily"} for r in corpus_records()]
    assert "In the table:" not in _language_section(build_report(one_outlet).html)  # no table, no words for it


def test_framing_report_of_a_class_folder_explains_the_distinctive_words_columns(tmp_path):
    folder = tmp_path / "santorum"
    folder.mkdir()
    (folder / "fox.txt").write_text("Santorum explains\n\nSantorum talked about the Earth and the Earth again.\n", encoding="utf-8")
    (folder / "hpo.txt").write_text("Santorum doubles down\n\nSantorum talked about schools and public schools.\n", encoding="utf-8")
    result = runner.invoke(app, ["report", str(folder), "--no-model", "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    assert TERMS_WORDS in _language_section((tmp_path / "r.html").read_text(encoding="utf-8"))


def _terms_rows(html: str) -> list[list[str]]:
    table = html.split('data-table="terms"')[2].split("</table>")[0]
    return [re.findall(r"<td>(.*?)</td>", row) for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]]


def test_the_distinctive_words_rates_keep_their_trailing_zeros():
    from framing.report import build_report

    # "earth" twice in 125 words: 16.0 per 1,000 (three significant digits had written "16" beside "24.9")
    texts = {"A": "Earth earth " + "news " * 123, "B": "Schools matter here. " * 40}
    records = [article_record(framing.analyze(t, outlet=o, title="", id=o)) for o, t in texts.items()]
    rows = {(r[0], r[1]): r for r in _terms_rows(build_report(records).html)}
    outlet, term, count, per_1k, z = rows[("A", "earth")]
    assert (count, per_1k, z) == ("2", "16.0", "0.461")  # z to three significant digits as before


def test_framing_report_writes_the_distinctive_words_rates_with_their_trailing_zeros(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "fox.txt").write_text("Earth\n\nEarth " + "news " * 123 + "\n", encoding="utf-8")  # with its headline: 2 in 125
    (folder / "hpo.txt").write_text("Schools\n\n" + "Schools matter here. " * 40 + "\n", encoding="utf-8")
    result = runner.invoke(app, ["report", str(folder), "--no-model", "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    rows = {(r[0], r[1]): r for r in _terms_rows((tmp_path / "r.html").read_text(encoding="utf-8"))}
    assert rows[("fox", "earth")][2:4] == ["2", "16.0"]
