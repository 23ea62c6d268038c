"""The report as a teacher makes it: three articles on one story dropped in a folder with no
manifest, `framing report FOLDER` (the command the README gives), the page opened in Chromium.

What a class reads there: the texts side by side (each named by its file, since no outlet is
named), whose words each finding is, how the text was read (folded notes, not a wall of warnings),
an article with no findings, and charts whose zero bars still show a number.
"""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"),
]
sync_api = pytest.importorskip("playwright.sync_api")

ARTICLES = {
    # a named speaker's loaded word inside a quotation
    "fox.txt": "Senate rejects the plan as unworkable\n\n\"It was a disgraceful farce,\" said Senator Jane Smith. The vote failed on Tuesday.\n",
    # a quotation mark that never closes: the page says how it read the text
    "hpo.txt": "Plan fails in the Senate\n\nThe senator said \u201cthe plan was doomed from the start. The vote failed on Tuesday.\n",
    # nothing to flag at all
    "nyt.txt": "Senate vote on the plan\n\nThe Senate voted on the plan on Tuesday. The plan did not pass.\n",
}


def open_tables(page) -> None:
    """The two texts' tables are folded under one line above the texts (a student had scrolled past them to reach the texts)."""
    page.evaluate("document.getElementById('pair-tables').open = true")


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("class") / "senate"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = folder.parent / "senate.html"
    result = CliRunner().invoke(app, ["report", str(folder), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    assert f"report: {out} (3 articles" in " ".join(result.output.split())
    assert result.output.splitlines()[-1] == f"open it in any browser (it works offline): {out.resolve().as_uri()}"
    return out


@pytest.fixture(scope="module")
def page(report):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"])
        pg = browser.new_page(viewport={"width": 1300, "height": 900})
        pg.set_default_timeout(30_000)
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.goto(report.as_uri())
        pg.wait_for_selector("body[data-ready]", timeout=60_000)
        yield pg
        assert errors == []
        browser.close()


def test_a_class_folder_report_explains_no_test_or_interval_it_did_not_make(report):
    # one article a text: the Methods section says why there are none instead of describing Mann-Whitney
    page_html = report.read_text(encoding="utf-8")
    methods = page_html[page_html.index('<section id="methods">'):]
    assert "Tests: none were run." in methods and "Intervals: none, because no outlet has 5 articles" in methods
    assert "Mann-Whitney" not in methods.split("</section>")[0]


def test_a_class_folder_report_says_a_rate_over_few_words_swings_far_and_where_the_counts_are(report):
    # BASIL 1f99798f: the NYT's bar of 28.9 loaded words per 1,000 quoted, four times Fox's, was 3 words against 1
    profile = report.read_text(encoding="utf-8").split('<section id="profile">')[1].split("</section>")[0]
    assert re.sub(r"\s+", " ", re.search(r'<p class="note">(.*?)</p>', profile, re.S).group(1)) == (
        "A rate over few words swings far: in a quotation of 100 words, one loaded word is 10 per 1,000. Under a rate's value, what it "
        "counted: \"1 in 6\" on a bar of loaded words in quotations is one loaded word among six quoted words; under a share's, its "
        "parts: \"4 in 26\" on a bar of reported speech with a non-neutral verb is four attributions of 26. Every finding of each "
        "text: Side by side, under \"Scores and findings of the texts\", the table \"What each text contains\".")
    from framing.report import build_report
    from test_report import corpus_records
    assert "A rate over few words" not in build_report(corpus_records()).html  # five articles an outlet: intervals, no such note


def test_three_files_without_outlets_are_shown_side_by_side_first_named_by_file(page):
    assert page.locator("nav a").nth(1).inner_text() == "Side by side"  # the classroom view comes first
    # at 1300 px all three first, then every two of them
    assert page.locator("#pair-select option").all_inner_texts() == ["All three: fox | hpo | nyt", "fox | hpo", "fox | nyt", "hpo | nyt"]
    open_tables(page)  # folded above the texts
    header = page.locator("#pair-scores .pair-findings tr").first.locator("th").all_inner_texts()
    assert header == ["findings", "fox", "hpo", "nyt"]  # not three columns all called "(no outlet)"
    # the labels keep their width however long a "who is quoted" cell grows (they had wrapped a word a line)
    width = page.evaluate("document.querySelector('#pair-scores .pair-findings td').getBoundingClientRect().width")
    assert width >= 230
    # the headline once, as the text's heading (its first line had repeated it under the heading)
    assert page.locator("#pair-a h3").inner_text() == "Senate rejects the plan as unworkable"
    assert page.locator("#pair-a .article-text").inner_text().startswith('"It was a disgraceful farce,"')


def test_files_with_no_outlet_are_compared_under_their_file_names(page):
    outlets = page.locator('table[data-table="outlets"] tbody tr td:first-child').all_inner_texts()
    assert outlets == ["fox", "hpo", "nyt"]  # all three had been one "(no outlet)": the charts compared nothing
    assert page.locator("#overview p.note").first.inner_text() == (
        "No article names its outlet, so each is shown under its file name (fox, hpo, nyt). "
        "Name each file's outlet in a manifest.csv beside the files (columns path, outlet, date, headline).")


def test_a_quoted_loaded_word_names_whose_words_they_are(page):
    page.locator("#pair-a .hl.t-loaded", has_text="disgraceful").hover()
    text = page.locator("#tip").inner_text()
    assert "voice: quoted: the words of Jane Smith, not the outlet's own" in text
    assert "strength: " in text and " of 3 (" in text


def test_the_keyboard_stops_once_where_each_finding_begins(page):
    """'"It was a disgraceful farce," said ...': the quotation, its two loaded words and the verb are
    four stops; the bits of the quotation between and after the loaded words had been three more."""
    page.select_option("#pair-select", "0")
    page.wait_for_function("document.querySelector('#pair-a h3').textContent.startsWith('Senate rejects')")
    stops = page.evaluate("[...document.querySelectorAll('#pair-a .hl[tabindex=\"0\"]')].map(e => e.textContent)")
    assert stops == ["rejects", '"It was a ', "disgraceful", "farce", "said"]  # "rejects ... as unworkable" in the headline: a cue
    assert page.locator("#pair-a .hl").count() == len(stops) + 2  # ' ' and ',"': the quotation still highlighted there
    page.mouse.move(0, 0)  # an earlier test left the pointer over "disgraceful": its hover would take the details back
    page.locator('#pair-a .hl[tabindex="0"]').nth(1).focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "said"
    sync_api.expect(page.locator("#tip")).to_contain_text("attribution (reporting verb)")
    page.keyboard.press("Escape")


def test_side_by_side_the_headline_once_skip_links_and_details_that_leave_the_text_in_sight(page):
    """The headline was shown twice (heading, then the text's first line); the keyboard ran through
    every finding of the first text before reaching the second, with no way past them; a finding's
    details covered the words around it and stayed until Escape; and they did not say which score
    the finding counts in."""
    expect = sync_api.expect
    page.mouse.move(0, 0)
    page.select_option("#pair-select", "0")  # fox | hpo
    page.wait_for_function("document.querySelector('#pair-a h3').textContent.startsWith('Senate rejects')")
    tip = page.locator("#tip")
    # the headline once, as the heading, its finding highlighted and explained there
    assert page.locator("#pair-a h3").inner_text() == "Senate rejects the plan as unworkable"
    assert "Senate rejects" not in page.locator("#pair-a .article-text").inner_text()
    page.locator("#pair-a h3 .hl", has_text="rejects").focus()
    expect(tip).to_contain_text("attribution (reporting verb)")
    assert page.locator("#pair-a h3 .hl").get_attribute("aria-describedby") == "tip"
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()
    # Tab order: a skip link, the first text's findings in reading order, then the second text's
    stops = page.evaluate("""[...document.querySelectorAll('#side-by-side .columns a, #side-by-side .columns .hl[tabindex="0"]')]
        .map(e => (e.closest('.column').id) + ':' + e.textContent)""")
    assert stops == ["pair-a:Skip to the second text (hpo)", "pair-a:rejects", 'pair-a:"It was a ', "pair-a:disgraceful", "pair-a:farce",
                     "pair-a:said", "pair-b:Back to the first text (fox)", "pair-b:Skip past the texts (to Outlet profile)", "pair-b:said",
                     "pair-b:\u201cthe plan was ", "pair-b:doomed"]
    skip = page.locator("#pair-a .skip-link")
    assert skip.bounding_box()["x"] < 0  # out of sight until the keyboard reaches it
    skip.focus()
    assert 0 <= skip.bounding_box()["x"] < 1300 and skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "pair-b-title"
    page.keyboard.press("Tab")  # from its heading (its links stand before it) to its folded reading notes
    page.keyboard.press("Tab")  # and on to its first finding
    assert page.evaluate("document.activeElement.closest('#pair-b') !== null && document.activeElement.textContent") == "said"
    expect(tip).to_contain_text("attribution (reporting verb)")
    page.keyboard.press("Escape")
    # a click keeps the details: below the words' line, in their column (at 800 px a box from the
    # middle of the first text had covered the second), the words and their line in sight
    page.set_viewport_size({"width": 800, "height": 900})
    try:
        said = page.locator("#pair-a .article-text .hl.t-attribution", has_text="said")
        said.click()
        expect(tip).to_contain_text("attribution (reporting verb)")
        # which way "said" counts: in the attributions, and in two shares as one that is not ("counts in: Share of
        # reported speech with a loaded verb" alone had read as 'said is loaded')
        counts = tip.locator(".counts-in").all_inner_texts()
        assert counts == ["counts in: Attributions: said, according to... (count)",
                          "counts as one that is not, in: Share of attributions to anonymous sources; Share of reported speech with a non-neutral verb"]
        w, t, column = said.bounding_box(), tip.bounding_box(), page.locator("#pair-a").bounding_box()
        assert w["x"] + t["width"] > column["x"] + column["width"]  # a box at the word's left edge would have crossed over
        assert column["x"] <= t["x"] and t["x"] + t["width"] <= column["x"] + column["width"] + 1
        line = page.evaluate("e => parseFloat(getComputedStyle(e.parentNode).lineHeight)", said.element_handle())
        assert t["y"] >= w["y"] + w["height"] + (line - w["height"]) / 2  # under the whole line, not only the word
        page.keyboard.press("Escape")
    finally:
        page.set_viewport_size({"width": 1300, "height": 900})
    word = page.locator("#pair-a .hl.t-loaded", has_text="disgraceful")
    word.click()
    expect(tip).to_be_visible()
    text = tip.inner_text()
    assert "counts in: Loaded words in quotations, per 1,000 quoted; All loaded words, per 1,000" in text
    assert "counts in: Share of words in quotations; Spoken quotations (count)" in text  # the quotation it is in
    page.mouse.move(0, 0)
    expect(tip).to_be_visible()  # kept
    page.keyboard.press("Tab")  # on to the next finding: its details, not the last one's
    expect(tip).to_contain_text("\u201cfarce\u201d")
    expect(tip).not_to_contain_text("\u201cdisgraceful\u201d")
    word.click()
    page.locator("#pair-a .article-meta").click()  # a click elsewhere puts them away
    expect(tip).to_be_hidden()
    word.focus()
    page.keyboard.press("Enter")  # kept, as by a click, until the focus moves on
    page.locator("#pair-select").focus()
    expect(tip).to_be_hidden()
    assert page.locator("#pair-a [aria-describedby]").count() == 0


def test_an_inflected_word_names_the_entry_that_matched_it(page):
    page.locator("#pair-b .hl.t-loaded", has_text="doomed").hover()
    tip = page.locator("#tip")
    assert "word-list entry" not in tip.inner_text()  # folded: the row is for lexicon builders
    tip.locator("summary").first.click()
    assert "word-list entry: doom (the entry that matched these words)" in tip.inner_text()
    tip.locator("summary").first.click()  # folded again for the tests after this one
    # kept open by a click, the box stays when its fold is opened (the summary takes the focus)
    page.locator("#pair-b .hl.t-loaded", has_text="doomed").click()
    tip.locator("summary").first.click()
    sync_api.expect(tip).to_be_visible()
    assert "word-list entry: doom" in tip.inner_text()
    tip.locator("summary").first.click()
    page.keyboard.press("Escape")
    sync_api.expect(tip).to_be_hidden()


def test_how_the_text_was_read_is_folded_under_one_line(page):
    notes = page.locator("#pair-b details.reading-notes")
    assert notes.locator("summary").inner_text() == "1 note on how this text was read"
    assert notes.get_attribute("open") is None
    assert not notes.locator("button.reading-note").is_visible()  # folded until asked for
    notes.locator("summary").click()
    assert notes.locator("button.reading-note").inner_text() == (  # the words there, not "at offset 43" (a student looked "offset" up)
        'unclosed quotation mark near "...Senate The senator said “the plan was doomed from...": taken to run to the end of its paragraph'
        " \u2192 show in the text")  # a button: it goes to those words (tests/test_report_reading.py)


def test_an_article_with_no_findings_shows_its_text_plainly(page):
    page.select_option("#pair-select", "1")  # fox | nyt
    page.wait_for_function("document.querySelector('#pair-b h3').textContent === 'Senate vote on the plan'")
    assert page.locator("#pair-b .article-text").inner_text().startswith("The Senate voted on the plan on Tuesday.")
    assert page.locator("#pair-b .hl").count() == 0
    assert page.locator("#pair-b details.reading-notes").count() == 0
    open_tables(page)  # folded above the texts
    rows = {r[0]: r[1:] for r in (tr.locator("td").all_inner_texts() for tr in page.locator("#pair-scores .pair-findings tr").all()) if r}
    assert rows["loaded words, inside quotations"] == ["2", "0"]  # "disgraceful", "farce"


def test_zero_bars_still_show_their_value(page):
    labels = [t.text_content() for t in page.locator("#fig-profile text.bartext").all()]
    assert "0" in labels  # nyt's loaded words: a bar of height 0 is labelled, not missing


def test_the_means_table_says_what_each_score_counts(page):
    table = page.locator('table[data-table="means"]')
    assert table.locator("th").all_inner_texts()[:2] == ["score", "what it counts"]
    cell = table.locator("td.score-name", has_text="hedge_per_1k")
    assert cell.get_attribute("title") == "Hedges, the outlet's own, per 1,000 own words"


def test_the_two_articles_scores_give_a_share_in_percent_and_their_csv_the_fraction(page):
    page.select_option("#pair-select", "0")  # fox | hpo: fox quotes Jane Smith, hpo's quotation never closes
    open_tables(page)  # folded above the texts
    rows = {r[0]: r[2:] for r in (tr.locator("td").all_inner_texts() for tr in page.locator("#pair-scores table.pair-scores tr").all()) if r}
    shares = page.evaluate("() => { const t = JSON.parse(document.getElementById('article-data').textContent).articles;"
                           " const s = JSON.parse(document.getElementById('page-data').textContent).scores.indexOf('quote_share');"
                           " return [t[0].scores[s], t[1].scores[s]]; }")
    # to the digits the table of means writes an outlet's mean with (report_score_texts): "25.0%", not "25%"
    assert shares == [0.25, 0.6] and rows["quote_share"] == ["25.0%", "60.0%", "-35.0 points"]
    assert rows["hedge_per_1k"][0][-1] != "%"  # a rate stays a number
    with page.expect_download() as d:
        page.locator('#pair-scores button.csv-button[data-table="pair"]').click()
    csv_rows = {line.split(",")[0]: line.split(",")[2:] for line in Path(d.value.path()).read_text(encoding="utf-8").splitlines()}
    assert float(csv_rows["quote_share"][0]) == shares[0]


def test_an_articles_score_reads_the_same_side_by_side_in_the_articles_view_and_in_the_table_of_means(page):
    """One article an outlet: an outlet's mean is its article's score.  hpo's rate of 50.0 loaded words
    per 1,000 read "50.0" in the table of means and "50" side by side and in the Articles view."""
    page.select_option("#pair-select", "0")  # fox | hpo
    open_tables(page)
    side = {r[0]: r[2:4] for r in (tr.locator("td").all_inner_texts() for tr in page.locator("#pair-scores table.pair-scores tr").all()) if r}
    means = {r[0]: r[2:] for r in (tr.locator("td").all_inner_texts() for tr in page.locator('table[data-table="means"] tbody tr').all())}
    assert side["loaded_per_1k"] == means["loaded_per_1k"][:2] == ["100", "50.0"]
    assert side["attributions"] == means["attributions"][:2] == ["2", "1"]  # a count of one article is whole ("2.00" before)
    assert side == {score: cells[:2] for score, cells in means.items()}  # fox | hpo | nyt there: every score alike
    try:
        for k, article in enumerate(["fox", "hpo", "nyt"]):
            page.locator(f'#article-table tbody tr[data-id="{article}"]').click()
            sync_api.expect(page.locator("#article-view .article-meta").first).to_contain_text(f"id {article}")
            # (the scores are folded under "Scores": read as the page holds them)
            shown = dict(page.evaluate("() => [...document.querySelectorAll('#article-view table.article-scores tr')]"
                                       ".map(tr => [...tr.cells].map(td => td.textContent)).map(r => [r[0], r[2]])"))
            assert shown == {score: cells[k] for score, cells in means.items()}, article
    finally:
        page.locator('#article-table tbody tr[data-id="fox"]').click()


@pytest.mark.parametrize("width, beside", [(1300, True), (800, True), (600, False)])
def test_the_two_texts_stand_side_by_side_down_to_a_phones_width(page, width, beside):
    """At 800 px (a small laptop, a tablet upright) the side-by-side view had put one text under the other."""
    page.set_viewport_size({"width": width, "height": 900})
    try:
        a, b = (page.locator(f"#{c} .article-text").bounding_box() for c in ("pair-a", "pair-b"))
        assert (b["x"] > a["x"] + a["width"] - 1 and abs(b["y"] - a["y"]) < 60) is beside
        assert a["width"] > 300
    finally:
        page.set_viewport_size({"width": 1300, "height": 900})


def test_the_sources_chart_says_what_not_named_means(report):
    html = report.read_text(encoding="utf-8")
    fig = json.loads(re.search(r'data-target="fig-sources">(.*?)</script>', html).group(1))
    hover = {t["name"]: t["hovertemplate"] for t in fig["data"]}
    assert "with no source in the text that framing could find" in hover["not named"]
    # each outlet's bar is the whole of its attributions, split by whom they credit (in counts the longest article's stood tallest)
    attributions = [n for _, n in fig["data"][0]["customdata"]]  # the hover's "(n of N attributions)"
    assert all([c[1] for c in t["customdata"]] == attributions for t in fig["data"])
    assert [sum(t["y"][i] for t in fig["data"]) for i in range(3)] == pytest.approx([1 if n else 0 for n in attributions])
    assert sum(attributions) > 0


def test_printed_the_pair_chooser_is_left_out_and_the_legend_kept(page):
    assert page.locator("#side-by-side .pair-label").is_visible()
    page.emulate_media(media="print")
    try:
        assert page.locator("#side-by-side .pair-label").is_visible() is False  # no orphan "Pair:" on paper
        assert page.locator("#side-by-side .toggles .legend-note").is_visible()
    finally:
        page.emulate_media(media="screen")


def test_printed_the_charts_have_no_zoom_buttons_and_the_tables_tighter_cells(page):
    """On paper Plotly's camera and zoom buttons had printed over every chart, and the stance
    table's last columns were cut at the page's edge."""
    bar = "getComputedStyle(document.querySelector('#fig-profile .modebar-container')).display"
    cell = "getComputedStyle(document.querySelector('table.data td')).paddingLeft"
    assert page.evaluate(bar) != "none"
    page.emulate_media(media="print")
    try:
        assert page.evaluate(bar) == "none"
        assert page.locator(".modebar-container:visible").count() == 0
        assert page.evaluate(cell) == "4.8px"  # 0.3rem
    finally:
        page.emulate_media(media="screen")


def test_printed_each_chart_keeps_its_heading_and_words_on_its_page(page):
    """Printed, "Outlet profile" and its words had ended one page and its chart opened the next."""
    page.emulate_media(media="print")
    try:
        kept = page.evaluate("""['#fig-profile', '#fig-fingerprint', '#fig-stance', '#fig-distinctive'].map(id => {
            const keep = document.querySelector(id).closest('.keep');
            return keep && [getComputedStyle(keep).breakInside, keep.querySelector('h2, h3').textContent, !!keep.querySelector('p')];
        })""")
    finally:
        page.emulate_media(media="screen")
    assert kept == [["avoid", "Outlet profile", True], ["avoid", "Fingerprint", True], ["avoid", "Attribution", True],
                    ["avoid", "Distinctive language", True]]


def test_printed_an_article_the_side_by_side_view_shows_is_not_printed_twice(page):
    page.select_option("#pair-select", "0")  # fox | hpo
    view = page.locator("#article-view .article-text")
    try:
        for article, printed in (("fox", False), ("nyt", True), ("hpo", False)):
            page.locator(f'#article-table tbody tr[data-id="{article}"]').click()
            sync_api.expect(page.locator("#article-view .article-meta").first).to_contain_text(f"id {article}")
            page.emulate_media(media="print")
            assert view.is_visible() is printed, article
            page.emulate_media(media="screen")
            assert view.is_visible()  # on screen it is always there
    finally:
        page.emulate_media(media="screen")
        page.locator('#article-table tbody tr[data-id="fox"]').click()


def test_print_this_pair_only_makes_a_handout_of_the_side_by_side_view(page):
    """A teacher's handout is the pair: printing the whole page had given ten pages of charts and tables too."""
    page.evaluate("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }")  # no print dialog in a test
    shown = "() => ['#side-by-side', '#profile', '#statistics', '#attribution', '#articles', '#methods', 'header h1']" \
            ".map(s => getComputedStyle(document.querySelector(s)).display !== 'none')"
    try:
        page.click("#print-pair")
        assert page.evaluate("window.printed") == 1
        page.emulate_media(media="print")
        assert page.evaluate(shown) == [True, False, False, False, False, False, True]
        assert not page.locator("#print-pair").is_visible()
        page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")  # the dialog closed
        assert page.evaluate(shown) == [True] * 7  # printed from the browser's menu: the whole page
    finally:
        page.emulate_media(media="screen")


def test_hovering_a_bar_says_in_words_what_it_counts(report):
    html = report.read_text(encoding="utf-8")
    fig = json.loads(re.search(r'data-target="fig-profile">(.*?)</script>', html).group(1))
    hovers = {t["hovertemplate"].split("<br>")[1].split(":")[0] for t in fig["data"]}
    assert "Hedges, the outlet's own, per 1,000 own words" in hovers and "hedge_per_1k" not in hovers



def test_the_fingerprint_axes_say_what_they_count_and_the_hover_gives_the_value():
    import framing
    from framing.report import article_record, build_report

    records = [article_record(framing.analyze(text, outlet=outlet, id=outlet)) for outlet, text in (
        ("Fox", "The senator said it failed. The minister said so too."), ("NYT", "The senator said it failed."))]
    html = build_report(records).html
    fig = json.loads(re.search(r'data-target="fig-fingerprint">(.*?)</script>', html).group(1))
    fox = fig["data"][0]
    axis = "Attributions: said,<br>according to... (count)"
    assert axis in fox["theta"]
    # the value itself, beside its share of the highest outlet: as the tables write it (one article's count: "2", was "2.00")
    assert fox["customdata"][fox["theta"].index(axis)] == "2"
    assert fox["hovertemplate"].startswith("%{theta}: %{customdata} (%{r:.0%} of the highest outlet)")


@contextlib.contextmanager
def report_of(page, tmp_path: Path, files: dict[str, str]):
    """A teacher's folder of `files` (name -> text) reported with `framing report`, the page open
    in the module's browser (a second Playwright cannot start in this process), closed after."""
    folder = tmp_path / "story"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "story.html"
    assert CliRunner().invoke(app, ["report", str(folder), "--out", str(out), "--no-model"]).exit_code == 0
    pg = page.context.browser.new_page(viewport={"width": 1300, "height": 900})
    try:
        pg.goto(out.as_uri())
        pg.wait_for_selector("body[data-ready]", timeout=60_000)
        yield pg
    finally:
        pg.close()


def test_long_file_names_under_the_attribution_bars_stay_inside_the_chart(page, tmp_path):
    # files named by their headlines (no manifest): the names under the bars ran off the chart's foot
    names = ("independent-putin-no-show", "ogmnews-putin-skips-talks-in-turkey", "reuters-delegations-meet-in-istanbul")
    with report_of(page, tmp_path, {f"{n}.txt": "Talks\n\nThe minister claimed the talks failed, officials said.\n" for n in names}) as pg:
        for figure in ("#fig-stance", "#fig-sources"):
            box = pg.locator(figure).bounding_box()
            ticks = pg.locator(f"{figure} g.xtick text")
            assert ticks.count() == 3
            for i in range(3):
                tick = ticks.nth(i).bounding_box()
                assert tick["y"] + tick["height"] <= box["y"] + box["height"], (figure, ticks.nth(i).text_content())


SEARCHES = ["erdogan", "ERDOĞAN", "putin's no-show", "zoe muller-lukasik", "“pantomime”"]


def test_search_finds_words_typed_without_their_accents_or_curly_quotes(page, tmp_path):
    # a student types "erdogan" and a straight apostrophe; the article has "Erdoğan" and "Putin’s"
    files = {"blog.txt": "Erdoğan’s gamble\n\nBy Zoë Müller-Łukasik\n\nPutin’s no-show was a \"pantomime\", Erdoğan said.\n",
             "wire.txt": "Talks in Istanbul\n\nThe talks began on Friday, officials said.\n"}
    with report_of(page, tmp_path, files) as pg:
        rows = pg.locator("#article-table tbody tr")
        for typed, found in [*((t, "blog") for t in SEARCHES), ("talks", "wire")]:
            pg.fill("#article-search", "")
            sync_api.expect(rows).to_have_count(2)  # the list is whole again before the next search redraws it
            pg.fill("#article-search", typed)
            sync_api.expect(rows).to_have_count(1)
            assert rows.first.get_attribute("data-id") == found, typed


def test_a_long_quotation_shows_its_opening_and_end_in_the_details_not_all_of_it(page, tmp_path):
    words = " ".join(f"word{i}" for i in range(400))
    files = {"long.txt": f'Talks\n\n"We begin {words} and we end here," Medinsky told reporters.\n',
             "short.txt": "Talks\n\nThe talks began on Friday, officials said.\n"}
    with report_of(page, tmp_path, files) as pg:
        quote = pg.locator("#side-by-side .hl.t-quote").first
        quote.focus()  # shown whole, the 400-word quotation is taller than the screen: its middle, where a hover lands, can lie under the header
        tip = pg.locator("#tip")
        sync_api.expect(tip).to_be_visible()
        shown = tip.locator(".tip-finding div").first.inner_text()
        # the quotation's own marks, not a second pair around them
        assert shown.startswith('"We begin word0 word1') and shown.endswith('word399 and we end here,"') and " … " in shown
        assert len(shown) < 220
        assert "voice: quoted: the words of Medinsky, not the outlet's own" in tip.inner_text()
        assert tip.bounding_box()["height"] < 300  # a box beside the words, not over the page


def test_a_speaker_named_by_a_common_noun_reads_with_its_article(page, tmp_path):
    """'The authority said': the hover says 'the words of the authority', not 'the words of authority'."""
    files = {"port.txt": 'Strike\n\n"We remain open to dialogue," the authority said on Monday.\n',
             "other.txt": "Strike\n\nThe strike began on Friday, officials said.\n"}
    with report_of(page, tmp_path, files) as pg:
        pg.locator("#side-by-side .hl.t-quote").first.hover()
        tip = pg.locator("#tip")
        sync_api.expect(tip).to_be_visible()
        assert "voice: quoted: the words of the authority, not the outlet's own" in tip.inner_text()


SCARE_FILES = {
    # HuffPost's words in BASIL 87609973: the quotation marks credit no one, so the loaded word is the outlet's
    "hpo.txt": 'Trump attacks the Justice Department\n\nTrump renewed his attack on his \u201cdeep state\u201d Justice Department on Tuesday.\n',
    "fox.txt": 'Trump attacks the Justice Department\n\n"Deep State Justice Dept must finally act," Trump tweeted.\n',
}


@pytest.mark.parametrize("file, voice", [
    ("hpo", "voice: the outlet's own words: the quotation marks around them credit no one (a scare quote), "
            "so they count as the outlet's own choice of words"),
    ("fox", "voice: quoted: the words of Trump, not the outlet's own"),  # a quotation someone spoke: unchanged
])
def test_a_loaded_word_in_scare_quotes_says_why_it_is_the_outlets_own(page, tmp_path, file, voice):
    """A class read 'the outlet's own words' beside a word in quotation marks as the tool's mistake."""
    with report_of(page, tmp_path, SCARE_FILES) as pg:
        column = pg.locator("#side-by-side .column").filter(has=pg.locator(".column-name", has_text=file))
        column.locator(".hl.t-loaded", has_text="eep").first.focus()
        tip = pg.locator("#tip")
        sync_api.expect(tip).to_be_visible()
        lines = tip.locator(".tip-finding").first.inner_text().splitlines()
        assert voice in lines
        if file == "hpo":  # the quotation marks' own finding says it as before
            quote = tip.locator(".tip-finding").nth(1).inner_text()
            assert "voice: the outlet's own: quotation marks that no one is said to have spoken" in quote


def test_on_a_phone_a_tapped_words_details_taller_than_the_room_either_side_stay_on_the_screen(page, tmp_path):
    """A word of a headline in the middle of a phone's screen, its details (a loaded word in scare quotes:
    two findings) taller than the room above or below it: the box had gone above and run off the top of the
    screen, what was found and whose words out of sight.  The page scrolls by what is missing."""
    files = {"a.txt": "Senator slams the \u2018Deep State\u2019 agency again\n\n" + "The agency met on Tuesday. " * 40 + "\n",
             "b.txt": "Agency meets\n\nThe agency met on Tuesday, officials said.\n"}
    with report_of(page, tmp_path, files) as wide:
        url = wide.url
    pg = page.context.browser.new_page(viewport={"width": 390, "height": 844}, has_touch=True)
    try:
        pg.goto(url)
        pg.wait_for_selector("body[data-ready]", timeout=60_000)
        words = pg.locator("#side-by-side .hl.t-loaded", has_text="Deep State").first
        # the words in the middle of the screen: some 400 px above them and below
        pg.evaluate("e => window.scrollBy(0, e.getBoundingClientRect().top - 411)", words.element_handle())
        words.tap()
        tip = pg.locator("#tip")
        sync_api.expect(tip).to_be_visible()
        box, at = tip.bounding_box(), words.bounding_box()
        assert box["height"] > 420  # taller than the room on either side
        assert box["y"] >= 0 and box["y"] + box["height"] <= 844  # all of it on the screen
        assert box["y"] + box["height"] <= at["y"] or box["y"] >= at["y"] + at["height"]  # and not over the words
        assert tip.inner_text().startswith("loaded language\n\u201cDeep State\u201d")
    finally:
        pg.close()


INTERVIEW = ("Opinion: the harbour deal\n\n" + "The council approved the plan on Tuesday, and the town will pay for it for years. " * 30
             + "\n\nI spoke to Margaret Doyle the morning after the vote.\n\nINTERVIEWER: How did you feel?\n\n"
             + "DOYLE: Sick. We are being thrown out like rubbish.\n\nINTERVIEWER: Did the council listen?\n\n"
             + "DOYLE: Never. Not once.\n\nThe council insists tenants will be rehoused. Millbrook deserves better.\n")


def test_an_interview_side_by_side_is_shown_whole_and_each_turn_says_who_speaks(page, tmp_path):
    """The texts had sat in boxes of 75% of the screen: the end of a short opinion piece (its
    conclusion) was cut off with no sign more followed.  A transcript's 'DOYLE:' had been
    explained as 'the outlet's own: its choice of verb', though a colon chooses none."""
    files = {"voice.txt": INTERVIEW, "wire.txt": "Harbour plan approved\n\nThe council approved the plan on Tuesday, officials said.\n"}
    with report_of(page, tmp_path, files) as pg:
        column = pg.locator("#side-by-side .article-text").filter(has_text="DOYLE")
        assert column.evaluate("e => e.scrollHeight <= e.clientHeight + 1 && getComputedStyle(e).maxHeight === 'none'")
        assert column.bounding_box()["height"] > 900 * 0.75  # taller than the box it had been held in
        assert pg.evaluate("getComputedStyle(document.querySelector('#article-view .article-text')).maxHeight") != "none"  # the browser keeps its box beside the list
        colon = column.locator(".hl.t-attribution").filter(has_text=":").first
        colon.focus()
        tip = pg.locator("#tip")
        sync_api.expect(tip).to_be_visible()
        text = tip.inner_text()
        assert "speaker: interviewer" in text.lower() and "verb: a colon (:)" in text  # the label as written, or as the speakers stage names it
        assert "voice: the outlet's layout: the name before the colon says who speaks the words after it; no verb is chosen" in text
        assert "its choice of verb" not in text
        pg.keyboard.press("Escape")
        pg.locator("#side-by-side .hl.t-loaded", has_text="rubbish").focus()
        assert re.search(r"voice: quoted: the words of (DOYLE|Margaret Doyle), not the outlet's own", tip.inner_text())


@pytest.fixture(scope="module")
def phone(page, report):
    """The report on a student's phone: 390 px wide, a touch screen (one page for the phone tests)."""
    pg = page.context.browser.new_page(viewport={"width": 390, "height": 844}, has_touch=True)
    errors: list[str] = []  # turning the screen draws the charts again: nothing of it may fail
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.goto(report.as_uri())
    pg.wait_for_selector("body[data-ready]", timeout=60_000)
    yield pg
    pg.close()
    assert errors == []


def test_on_a_phone_the_charts_stack_their_panels_and_the_tables_fit(page, phone):
    """A student's phone, 390 px wide: three panels a row had put their titles on top of each other
    and the legend took a third of the width; the findings table ran off the screen's edge."""
    pg = phone
    assert pg.locator("#fig-profile .modebar").count() == 0  # no zoom bar to come up over a title at a tap
    titles = [t.bounding_box() for t in pg.locator("#fig-profile g.annotation").all()]
    assert len(titles) >= 10
    for above, below in zip(titles, titles[1:]):  # one panel a row, each title under the last one's panel
        assert below["y"] >= above["y"] + above["height"] + 100
    for figure, chart, width in (("#fig-profile", ".cartesianlayer", 250), ("#fig-stance", ".cartesianlayer", 250),
                                 ("#fig-fingerprint", ".polarlayer path.maindrag", 200)):
        plot = pg.locator(f"{figure} .main-svg").first.bounding_box()
        legend = pg.locator(f"{figure} g.legend").bounding_box()
        assert legend["width"] <= plot["width"]
        drawn = pg.locator(f"{figure} {chart}").first.bounding_box()
        assert legend["y"] >= drawn["y"] + drawn["height"] - 1, figure  # under the chart, not beside it
        assert drawn["width"] >= width, figure  # the chart keeps the width
    # the findings table keeps inside the screen; the header scrolls away rather than staying over a sixth of it
    open_tables(pg)  # folded above the texts
    fits = pg.evaluate("[...document.querySelectorAll('#pair-scores table')].map(t => t.scrollWidth <= t.parentElement.clientWidth)")
    assert fits == [True, True]  # the two articles' scores (665 px wide, the values off the screen) and what each contains
    scores = pg.locator("#pair-scores table.pair-scores")
    assert scores.locator("tr").first.locator("th:visible").all_inner_texts() == ["what it counts", "fox", "hpo", "difference (fox \u2212 hpo)"]
    assert scores.locator("tr").nth(1).locator("td").nth(1).is_visible()  # a value, on the screen
    means = pg.locator('table[data-table="means"]')  # the table a class reads first: what each score counts, the outlets' values
    assert means.locator("th:visible").all_inner_texts() == ["what it counts", "fox", "hpo", "nyt"]
    assert pg.evaluate("(t => t.scrollWidth <= t.parentElement.clientWidth)(document.querySelector('table[data-table=\"means\"]'))")
    assert pg.evaluate("getComputedStyle(document.querySelector('header')).position") == "static"
    assert page.evaluate("getComputedStyle(document.querySelector('header')).position") == "sticky"  # on a laptop it stays
    assert page.locator("#fig-profile .modebar, #fig-stance .modebar").count() == 2  # and the zoom bar is there, on a half-width chart too


# The radar as drawn: its disc's width, whether every axis name lies inside the figure and above
# its legend (Plotly keeps no room for them: a name had run past the screen's edge), the names.
RADAR = """() => {
    const div = document.querySelector('#fig-fingerprint'), svg = div.querySelector('.main-svg').getBoundingClientRect();
    const legend = div.querySelector('g.legend').getBoundingClientRect(), sideways = div._fullLayout.legend.orientation === 'v';
    const names = [...div.querySelectorAll('g.angularaxistick text')];
    return {disc: div.querySelector('.polarlayer path.maindrag').getBoundingClientRect().width, svgWidth: svg.width,
            names: names.map(t => [...t.querySelectorAll('tspan.line')].map(l => l.textContent).join(' ') || t.textContent),
            outside: names.filter(t => { const b = t.getBoundingClientRect();
                return b.left < svg.left || b.right > svg.right || b.top < svg.top || b.bottom > svg.bottom
                    || (sideways ? b.right > legend.left : b.bottom > legend.top); }).map(t => t.textContent),
            radiusLabels: div.querySelectorAll('.radial-axis text').length, hover: div.data[0].hovertemplate, full: div.data[0].text};
}"""


def test_on_a_phone_the_radar_fills_the_width_and_every_axis_name_is_inside_it(phone):
    """At 390 px the radar was 151 px wide under three-line names, one clipped at the right edge."""
    from framing.report_figures import PLAIN_TITLES, SHORT_TITLES

    radar = phone.evaluate(RADAR)
    assert radar["outside"] == []
    assert radar["disc"] >= 200 and radar["disc"] >= 0.55 * radar["svgWidth"]
    assert radar["names"] and set(radar["names"]) <= set(SHORT_TITLES.values())  # "Hedges", not a three-line title
    assert radar["radiusLabels"] == 0  # the 0 to 1 labels had run over the shapes
    # the hover names the axis in full
    assert radar["hover"].startswith("%{text}: %{customdata}") and set(radar["full"]) <= {t for t in PLAIN_TITLES.values()}


def test_a_phone_turned_on_its_side_lays_the_charts_out_again_and_back(phone):
    """Turned to 844 x 390 the phone's layout stayed (one panel a row, the legend under it) on a
    screen now wide enough for three, and the header kept on screen took a third of its height."""
    drawn = "(w) => ['#fig-profile', '#fig-fingerprint'].every(s => document.querySelector(s).dataset.drawnWidth !== w)"
    titles = "() => [...document.querySelectorAll('#fig-profile g.annotation')].slice(0, 3).map(a => Math.round(a.getBoundingClientRect().bottom))"
    legend = "(s) => document.querySelector(s)._fullLayout.legend.orientation"
    upright = phone.locator("#fig-profile").get_attribute("data-drawn-width")
    stacked = phone.evaluate(titles)
    assert stacked[0] < stacked[1] < stacked[2]
    try:
        phone.set_viewport_size({"width": 844, "height": 390})
        phone.wait_for_function(drawn, arg=upright)
        assert len(set(phone.evaluate(titles))) == 1  # three panels a row, their titles side by side
        assert phone.evaluate(legend, "#fig-profile") == phone.evaluate(legend, "#fig-fingerprint") == "v"  # the legend beside the chart
        radar = phone.evaluate(RADAR)
        assert radar["outside"] == [] and radar["disc"] >= 250
        assert phone.locator("#fig-fingerprint .main-svg").first.bounding_box()["height"] <= 390  # seen whole on the screen
        assert phone.evaluate("getComputedStyle(document.querySelector('header')).position") == "static"
    finally:
        sideways = phone.locator("#fig-profile").get_attribute("data-drawn-width")
        phone.set_viewport_size({"width": 390, "height": 844})
        phone.wait_for_function(drawn, arg=sideways)
    assert phone.evaluate(titles) == stacked  # upright again: one panel a row, as it was
    assert phone.evaluate(legend, "#fig-fingerprint") == "h"
    radar = phone.evaluate(RADAR)
    assert radar["outside"] == [] and radar["disc"] >= 200


def test_on_a_phone_each_panel_names_its_outlets_and_its_title_stays_on_the_screen(phone):
    """One panel a row, the legend came some 3,000 px below the first bars: a student could not tell
    whose bar was whose.  The longest titles ran past the screen's right edge."""
    panels = phone.evaluate("""() => {
        const div = document.querySelector('#fig-profile'), svg = div.querySelector('.main-svg').getBoundingClientRect();
        const axes = [...div.querySelectorAll('g.xaxislayer-above')];
        return {ticks: axes.map(a => [...a.querySelectorAll('text')].map(t => t.textContent)),
                panels: div._fullLayout.meta.panels,
                titles: [...div.querySelectorAll('g.annotation')].map(a => a.getBoundingClientRect())
                    .filter(b => b.left < svg.left || b.right > svg.right).length};
    }""")
    assert panels["panels"] >= 10
    assert panels["ticks"][:panels["panels"]] == [["fox", "hpo", "nyt"]] * panels["panels"]
    assert panels["titles"] == 0


def test_on_a_phone_an_articles_own_scores_fit_the_screen(phone):
    """The article view's score table (code name, what it counts, value, "show") was 504 px wide on a
    390 px screen: the values and the buttons that highlight a score's findings were off its edge."""
    phone.locator("#article-view details summary").first.tap()
    table = phone.locator("#article-view table.article-scores")
    sync_api.expect(table).to_be_visible()
    assert phone.evaluate("(t => t.scrollWidth <= t.parentElement.clientWidth)(document.querySelector('#article-view table.article-scores'))")
    row = table.locator("tr").filter(has=phone.locator("button.show-score")).first
    assert [c for c in row.locator("td:visible").all_inner_texts() if c][:1] == ["Loaded words, the outlet's own, per 1,000 own words"]
    button = row.locator("button.show-score").bounding_box()
    assert button["x"] >= 0 and button["x"] + button["width"] <= 390
    phone.locator("#article-view details summary").first.tap()  # folded again, as the other tests found it


def test_on_a_tablet_the_panel_titles_of_a_row_do_not_run_into_each_other(page, report):
    """768 px (a tablet upright, half a laptop): three panels a row, each title on one line, ran into
    its neighbours' ("Loaded words, the outlet's own, per 1,000 own words" over the next two)."""
    pg = page.context.browser.new_page(viewport={"width": 768, "height": 1024})
    try:
        pg.goto(report.as_uri())
        pg.wait_for_selector("body[data-ready]", timeout=60_000)
        for figure in ("#fig-profile", "#fig-spread"):
            if not pg.locator(figure).count():
                continue
            boxes = pg.evaluate(f"""() => {{
                const div = document.querySelector('{figure}'), svg = div.querySelector('.main-svg').getBoundingClientRect();
                return {{svg: [svg.left, svg.right], titles: [...div.querySelectorAll('g.annotation')].map(a => {{
                    const b = a.getBoundingClientRect(); return [b.left, b.right, b.top, b.bottom]; }})}}; }}""")
            titles = boxes["titles"]
            assert len(titles) >= 10
            for i, a in enumerate(titles):
                assert boxes["svg"][0] <= a[0] and a[1] <= boxes["svg"][1], (figure, i)
                for b in titles[i + 1:]:
                    overlap = a[0] < b[1] and b[0] < a[1] and a[2] < b[3] and b[2] < a[3]
                    assert not overlap, (figure, a, b)
    finally:
        pg.close()


def test_on_a_phone_a_findings_details_stay_on_the_screen(phone):
    """Details of a word near the screen's right edge ran off it, and of one near its foot, below it."""
    pg = phone
    words = pg.locator("#pair-a .hl")
    rightmost = max(range(words.count()), key=lambda i: words.nth(i).bounding_box()["x"] + words.nth(i).bounding_box()["width"])
    word = words.nth(rightmost)
    # the word on the screen's last lines, where a box under it has no room
    pg.evaluate("e => window.scrollBy(0, e.getBoundingClientRect().bottom - window.innerHeight + 12)", word.element_handle())
    box = word.bounding_box()
    assert 844 - 40 < box["y"] + box["height"] <= 844
    word.tap()
    tip = pg.locator("#tip")
    sync_api.expect(tip).to_be_visible()
    shown = tip.bounding_box()
    assert shown["x"] >= 0 and shown["x"] + shown["width"] <= 390
    assert shown["y"] >= 0 and shown["y"] + shown["height"] <= box["y"]  # above the word, whole
    pg.keyboard.press("Escape")


def test_a_screen_set_to_dark_gets_a_dark_page_and_still_prints_light(page):
    colours = """() => ({body: getComputedStyle(document.body).backgroundColor, ink: getComputedStyle(document.body).color,
        word: getComputedStyle(document.querySelector('#pair-a .hl.t-loaded')).color,
        chart: getComputedStyle(document.querySelector('#fig-profile')).backgroundColor})"""
    assert page.evaluate(colours)["body"] == "rgb(255, 255, 255)"  # a light screen: as it was
    try:
        page.emulate_media(color_scheme="dark")
        assert page.evaluate(colours) == {"body": "rgb(22, 22, 22)", "ink": "rgb(228, 228, 228)",
                                          "word": "rgb(26, 26, 26)",  # dark ink on the light highlight colours
                                          "chart": "rgb(255, 255, 255)"}  # the charts, drawn for white, stay light cards
        page.emulate_media(media="print")
        printed = page.evaluate(colours)
        assert (printed["body"], printed["ink"]) == ("rgb(255, 255, 255)", "rgb(34, 34, 34)")  # paper is white
    finally:
        page.emulate_media(media="screen", color_scheme="light")


@pytest.mark.parametrize("head, summary", [
    # each kind once, in the order met, "×2" where it recurs
    ("Advertisement\n\nSign up for our daily newsletter.\n\nAdvertisement\n\n",
     "3 lines of page clutter above the headline, left out of the counts: advertisement ×2, newsletter prompt"),
    ("Sign up for our daily newsletter.\n\n", "1 line of page clutter above the headline, left out of the counts: newsletter prompt"),
])
def test_the_fold_of_page_clutter_above_a_headline_says_what_it_is_while_folded(page, tmp_path, head, summary):
    files = {"hpo.txt": head + "Senate budget vote\n\nThe senator said the plan was a disastrous farce.\n",
             "fox.txt": "Budget passes\n\nThe budget passed on Tuesday, the clerk said.\n",
             "manifest.csv": "path,outlet,headline\nhpo.txt,HuffPost,Senate budget vote\nfox.txt,Fox News,Budget passes\n"}  # the headline it folds above
    with report_of(page, tmp_path, files) as pg:
        fold = pg.locator("details.clutter-above")
        sync_api.expect(fold).to_have_count(1)
        assert fold.locator("summary").inner_text() == summary
        assert not fold.evaluate("e => e.open") and fold.locator(".ignored").first.is_hidden()


def test_an_anonymous_source_says_the_verb_crediting_it_counts_in_the_anonymous_share(page, tmp_path):
    # BASIL 1f99798f (Fox): "A separate law enforcement source told Fox News ..." said "counts in: no score"
    # beside a chart of Fox's 31.6% of attributions to anonymous sources: read as 'not counted'
    files = {"fox.txt": "Suspect arrested\n\nA separate law enforcement source told Fox News that the suspect is a man in his 50s.\n",
             "nyt.txt": "Arrest in Florida\n\nThe police chief said the suspect was arrested on Friday.\n"}
    with report_of(page, tmp_path, files) as pg:
        found = pg.locator("#pair-a .hl.t-anonymous_source", has_text="A separate law enforcement source")
        found.click()
        tip = pg.locator("#tip")
        sync_api.expect(tip).to_be_visible()
        assert tip.locator(".counts-in").all_inner_texts() == [
            "counts in: no score itself; the reporting verb that credits it counts in: Share of attributions to anonymous sources"]
        pg.locator("#pair-a .hl.t-attribution", has_text="told").click()
        assert "counts in: Attributions: said, according to... (count); Share of attributions to anonymous sources" in tip.inner_text()


# BASIL 65cb14cb (Santorum's "phony theology", HuffPost): one speaker with ten verbs
SPEAKER_VERBS = {"hpo.txt": "Santorum doubles down\n\n" + " ".join(
    f'"Point {i} stands," Rick Santorum {verb} on Sunday.' for i, verb in
    enumerate(["said", "told reporters", "insisted", "added", "claimed", "argued", "declared", "explained", "noted", "repeated"])) + "\n",
    "nyt.txt": "Santorum defends comments\n\n\"I stand by it,\" Rick Santorum said.\n"}


def test_on_a_phone_who_is_quoted_keeps_its_verbs_on_a_few_lines(page, tmp_path):
    """At 390 px the verbs column was squeezed to a verb a line: a row hundreds of pixels tall, blank
    but for its numbers, and the verbs themselves past the screen's edge."""
    with report_of(page, tmp_path, SPEAKER_VERBS) as pg:
        pg.set_viewport_size({"width": 390, "height": 844})
        row = pg.locator('table[data-table="speakers"] tbody tr', has_text="hpo").first
        verbs = row.locator("td").last
        assert verbs.inner_text().startswith("say ×") and verbs.inner_text().count("×") >= 8
        assert verbs.bounding_box()["width"] >= 200
        assert row.bounding_box()["height"] <= 120  # two or three lines (a verb a line: about 290 px)


@pytest.mark.parametrize("said, whose", [
    ('"We will appeal," his lawyer said on Monday.', "the words of his lawyer"),  # was "the words of the his lawyer"
    ('"It is over," one senator said.', "the words of one senator"),  # was "the one senator"
    ('"It is over," another senator said.', "the words of another senator"),
    ('"It is over," the senator said.', "the words of the senator"),  # a common noun still reads with its article
])
def test_a_speaker_given_with_its_own_determiner_is_not_given_another(page, tmp_path, said, whose):
    files = {"a.txt": f"Vote\n\n{said}\n", "b.txt": "Vote\n\nThe vote was held on Friday, officials said.\n"}
    with report_of(page, tmp_path, files) as pg:
        pg.locator("#side-by-side .hl.t-quote").first.hover()
        tip = pg.locator("#tip")
        sync_api.expect(tip).to_be_visible()
        assert f"voice: quoted: {whose}, not the outlet's own" in tip.inner_text()
