"""The report in a real browser: Debian's Chromium driven by Playwright, the file opened from disk.

One browser, one report and one page per module keep this fast (loading the page parses 4.8 MB
of plotly.js): the tests run in order on that page, each leaving it as it found it, and the last
one checks that nothing in the whole session logged an error, fetched anything or opened a dialog.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import framing
from framing.report import ReportConfig, article_record, write_report

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"),
]
sync_api = pytest.importorskip("playwright.sync_api")
sync_api.expect.set_options(timeout=30_000)  # as the page's own waits: a bound for a loaded 2-core CI machine

INJECTION = "Officials said the talks were a farce. <script>alert(1)</script> <img src=x onerror=alert(1)> </script><!-- end"
EVIL_TITLE = "<img src=x onerror=alert(2)> headline"
OUTLETS = {
    "Left Times": 'The minister said the talks went on. Officials said talks may resume. "It was a farce," she said.',
    "Right Post": "The minister claimed the disastrous talks collapsed. Clearly it was a farce, a senior official said.",
    "Centre News": "The talks resumed on Thursday. The minister said progress was possible.",
}


TERMS = ' The term "deep state" refers to a conspiracy theory. Trump used the term "fake news" to describe CNN.'


def records() -> list[dict]:
    out = []
    for outlet, text in OUTLETS.items():
        for i in range(5):
            a = framing.analyze(text + " More talks followed." * i, outlet=outlet, title=f"{outlet} story {i}", id=f"{outlet.split()[0].lower()}{i}")
            out.append(article_record(a))
    evil = article_record(framing.analyze(INJECTION, outlet="Right Post", title=EVIL_TITLE, id="evil"))
    emoji = article_record(framing.analyze("🎉🎉 The talks were a farce, officials said.", outlet="Centre News", title="=1+2 emoji", id="emoji"))
    # What a classifier leaves in a record: one own-voice sentence above the threshold, one below.
    right0 = next(r for r in out if r["id"] == "right0")
    first = right0["text"].index(".") + 1
    right0["sentences"] = [{"start": 0, "end": first, "voice": "author", "bias_probability": 0.9},
                           {"start": first + 1, "end": len(right0["text"]), "voice": "author", "bias_probability": 0.2}]
    # Boilerplate the cleaner set aside (as a record carries it): shown greyed, not highlighted.
    centre0 = next(r for r in out if r["id"] == "centre0")
    centre0["text"] = "Sign up for our newsletter.\n" + centre0["text"]
    shift = len("Sign up for our newsletter.\n")
    for span in centre0["spans"]:
        span["start"] += shift
        span["end"] += shift
    centre0["ignored"] = [{"start": 0, "end": shift - 1, "reason": "newsletter prompt"}]
    # A term only named, and one that is someone else's word (framing.quoted_terms).
    i = next(k for k, r in enumerate(out) if r["id"] == "centre1")
    out[i] = article_record(framing.analyze(OUTLETS["Centre News"] + " More talks followed." + TERMS, outlet="Centre News",
                                            title="Centre News story 1", id="centre1"))
    return out + [evil, emoji]


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("report")
    recs = records()
    plain, packed = folder / "report.html", folder / "packed.html"
    write_report(recs, plain, ReportConfig(title="Browser test", pairs=[("left0", "right0")]))
    write_report(recs[:2], packed, ReportConfig(title="Packed", compress_over_bytes=0))
    return {"plain": plain.as_uri(), "packed": packed.as_uri()}


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True,
            args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield b
        b.close()


class Page:
    """A page with everything it did recorded: console errors, requests, dialogs."""

    def __init__(self, browser, url: str):
        self.page = browser.new_page(viewport={"width": 1300, "height": 900}, accept_downloads=True)
        self.page.set_default_timeout(30_000)  # a bound for a loaded 2-core CI machine, not a speed check
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(url)
        self.page.wait_for_selector("body[data-ready]", timeout=60_000)

    def open_article(self, article_id: str) -> None:
        """Search for the article and click its row.  The search redraws the table 150 ms after
        typing; on a loaded machine the redraw can land between Playwright finding the row and
        clicking it, so the click is tried again (a few times) until the article opens."""
        self.page.fill("#article-search", article_id)
        opened = f"document.querySelector('#article-view .article-meta').textContent.endsWith('id {article_id}')"
        for attempt in range(4):
            self.page.locator(f'#article-table tbody tr[data-id="{article_id}"]').click()
            try:
                self.page.wait_for_function(opened, timeout=10_000 if attempt < 3 else 30_000)
                return
            except sync_api.TimeoutError:
                continue
        raise AssertionError(f"clicking the row of {article_id} never opened it")


@pytest.fixture(scope="module")
def page(browser, reports):
    p = Page(browser, reports["plain"])
    yield p
    p.page.close()


def test_every_figure_renders(page):
    p = page.page
    assert p.evaluate("document.body.dataset.ready") == "true"
    figures = p.locator("script.figure-data").count()
    assert figures == 6  # profile, fingerprint, spread, stance, sources, distinctive
    assert p.locator(".js-plotly-plot").count() == figures
    assert p.evaluate("Array.from(document.querySelectorAll('.js-plotly-plot')).every(d => d.querySelector('svg.main-svg'))")


def test_statistics_tables_show_kruskal_wallis_for_three_outlets(page):
    tests = page.page.locator('table[data-table="tests"]')
    assert tests.locator("td", has_text="Kruskal-Wallis H").count() >= 1
    pairwise = page.page.locator('table[data-table="pairwise"]')
    assert pairwise.locator("td", has_text="Mann-Whitney U (pairwise)").count() >= 3


def test_span_toggles_hide_and_show_highlights(page):
    # `expect` waits for the page to redraw (up to 30 s); what it asserts is exact.
    expect = sync_api.expect
    page.open_article("right0")
    view = page.page.locator("#article-view")
    loaded = view.locator(".hl.t-loaded")
    expect(loaded.first).to_be_visible()
    n = loaded.count()
    assert n >= 2  # "disastrous", "farce"
    assert "disastrous" in loaded.all_inner_texts()
    toggle = page.page.locator('#articles .toggles input[data-type="loaded"]')
    toggle.uncheck()
    expect(view.locator(".hl.t-loaded")).to_have_count(0)
    assert "disastrous" in view.locator(".article-text").inner_text()  # the text stays, only the highlight goes
    toggle.check()
    expect(view.locator(".hl.t-loaded")).to_have_count(n)
    # one switch for every view: the side-by-side toggle follows
    expect(page.page.locator('#side-by-side .toggles input[data-type="loaded"]')).to_be_checked()


def test_a_score_shows_the_findings_it_is_counted_from(page):
    expect = sync_api.expect
    page.open_article("right0")
    p = page.page
    p.locator("#article-view details summary").click()
    p.locator('#article-view button.show-score[data-score="hedge_per_1k"]').click()
    view = p.locator("#article-view")
    expect(view.locator(".hl.t-loaded")).to_have_count(0)
    expect(view.locator(".hl.t-attribution")).to_have_count(0)
    expect(p.locator('#articles .toggles input[data-type="loaded"]')).not_to_be_checked()
    expect(p.locator('#articles .toggles input[data-type="hedge"]')).to_be_checked()
    p.locator('#article-view button.show-score[data-score="nonneutral_verb_share"]').click()
    expect(view.locator(".hl.t-attribution")).to_have_text(["claimed", "said"])
    # one click back to every finding (the classifier's sentences stay off, as at the start)
    p.locator("#articles .toggles button.all-layers").click()
    for type_ in ("loaded", "hedge", "booster", "attribution", "quote", "anonymous_source"):
        expect(p.locator(f'#articles .toggles input[data-type="{type_}"]')).to_be_checked()
        expect(p.locator(f'#side-by-side .toggles input[data-type="{type_}"]')).to_be_checked()
    expect(p.locator('#articles .toggles input[data-type="biased_sentence"]')).not_to_be_checked()
    expect(view.locator(".hl.t-loaded")).to_have_text(["claimed", "disastrous", "farce"])


def test_quoted_voice_is_told_apart_from_the_outlets_own(page):
    page.open_article("left0")
    farce = page.page.locator("#article-view .hl.t-loaded", has_text="farce")
    assert "voice-quoted" in farce.get_attribute("class")
    assert page.page.evaluate("getComputedStyle(document.querySelector('#article-view .hl.t-loaded.voice-quoted')).borderBottomStyle") == "dashed"
    page.open_article("right0")
    own = page.page.locator("#article-view .hl.t-loaded", has_text="disastrous")
    assert "voice-quoted" not in own.get_attribute("class")


def test_classifier_sentences_are_a_layer_with_their_probability(page):
    page.open_article("right0")
    view = page.page.locator("#article-view")
    marked = view.locator(".hl.t-biased_sentence")
    toggle = page.page.locator('#articles .toggles input[data-type="biased_sentence"]')
    assert marked.count() == 0 and not toggle.is_checked()  # off at first: it shades whole sentences
    toggle.check()
    assert marked.count() >= 1
    assert "collapsed" in " ".join(marked.all_inner_texts())  # the first sentence, not the second ("Clearly it was...")
    assert "Clearly" not in " ".join(marked.all_inner_texts())
    marked.first.hover()
    assert "classifier probability: 0.900 (threshold 0.500): how likely a model trained on sentences people labelled finds it" in page.page.locator("#tip").inner_text()
    toggle.uncheck()
    assert view.locator(".hl.t-biased_sentence").count() == 0


def test_hovering_a_span_shows_its_details(page):
    page.open_article("right0")
    page.page.locator("#article-view .hl.t-loaded", has_text="disastrous").hover()
    tip = page.page.locator("#tip")
    assert tip.is_visible()
    text = tip.inner_text()
    assert "loaded language" in text and "“disastrous”" in text
    assert "voice: the outlet's own words" in text
    assert "category: exaggeration: a word that makes the size, speed or effect of something sound bigger" in text  # what the category means
    assert "strength: 2 of 3 (clear)" in text  # the weight, in words
    # the word-list row and its note (written for lexicon builders) are folded under one line
    assert "why the tool flagged it (for lexicon builders)" in text
    assert "word-list entry" not in text and "found by" not in text
    tip.locator("summary").first.click()  # opened once, it stays open for the next finding
    text = tip.inner_text()
    assert "found by: a word list (a lexicon: words, each with its category and a note)" in text
    # which row decided, named even where the entry is the word itself (report_entries)
    row = framing.lexicon.load().entries["loaded"]["disastrous"]
    assert f"word-list entry: disastrous, loaded.tsv:{row.line}" in text
    # "claimed" is both a loaded word and a reporting verb: the details list both findings
    page.page.locator("#article-view .hl", has_text="claimed").hover()
    text = tip.inner_text()
    assert "loaded language" in text and "attribution (reporting verb)" in text
    assert "category: lowering: makes what was said sound less believable" in text
    assert "category: loaded verb: a verb that judges" in text and "loaded_verb" not in text  # words, not the code name
    assert "verb: claim" in text and "speaker: minister" in text
    assert "stance: lowering" not in text  # an attribution's category is its stance: said once
    assert "voice: the outlet's own: its choice of verb for what the source said" in text
    assert "found by: the quotation and attribution rules" in text
    # the reporting verb and the anonymous source cite their rows, as the loaded word does
    rows = framing.lexicon.load()
    verb = rows.lookup("reporting_verbs", "claim")
    assert f"word-list entry: claim, reporting_verbs.tsv:{verb.line}. Note: {verb.note}" in text
    page.page.locator("#article-view .hl.t-attribution", has_text="said").hover()  # "..., a senior official said."
    text = tip.inner_text()
    assert "speaker: anonymous (a source the outlet does not name)" in text
    assert f"word-list entry: say, reporting_verbs.tsv:{rows.lookup('reporting_verbs', 'say').line}. Note: the default reporting verb" in text
    page.page.locator("#article-view .hl.t-anonymous_source", has_text="a senior official").hover()
    assert f"word-list entry: a senior official, anonymous_sources.tsv:{rows.lookup('anonymous_sources', 'a senior official').line}" in tip.inner_text()
    tip.locator("summary").first.click()  # folded again, as the next tests expect
    assert "word-list entry" not in tip.inner_text()


def test_a_quoted_finding_says_whose_words_it_is(page):
    page.open_article("left0")  # '"It was a farce," she said.': no speaker is named
    page.page.locator("#article-view .hl.t-loaded", has_text="farce").hover()
    text = page.page.locator("#tip").inner_text()
    assert "voice: quoted: a source's words, not the outlet's own" in text


def test_the_article_list_and_the_findings_work_by_keyboard(page):
    expect = sync_api.expect
    p = page.page
    p.fill("#article-search", "right")
    row = p.locator('#article-table tbody tr[data-id="right2"]')
    expect(row).to_have_attribute("tabindex", "0")
    row.focus()
    p.keyboard.press("Enter")
    p.wait_for_function("document.querySelector('#article-view .article-meta').textContent.endsWith('id right2')")  # Enter opened it
    assert p.evaluate("document.activeElement.matches('#article-view h3')")  # the focus went to the article
    finding = p.locator("#article-view .hl.t-loaded").first
    finding.focus()
    tip = p.locator("#tip")
    expect(tip).to_be_visible()
    assert "loaded language" in tip.inner_text()
    p.keyboard.press("Escape")
    expect(tip).to_be_hidden()
    p.keyboard.press("Tab")  # on to the next finding: its details
    expect(tip).to_be_visible()
    p.locator("#article-search").focus()  # the focus leaves the finding: its details go
    expect(tip).to_be_hidden()
    p.fill("#article-search", "")


def test_side_by_side_view_has_both_texts_and_their_scores(page):
    page.page.locator("#pair-tables summary").click()  # the tables are folded above the texts
    a, b = page.page.locator("#pair-a .article-text"), page.page.locator("#pair-b .article-text")
    assert a.inner_text().startswith("The minister said the talks went on.")
    assert b.inner_text().startswith("The minister claimed the disastrous talks collapsed.")
    assert b.locator(".hl.t-loaded", has_text="disastrous").count() == 1
    header = page.page.locator("#pair-scores table").first.locator("th").all_inner_texts()
    assert header == ["score", "what it counts", "Left Times: Left Times story 0", "Right Post: Right Post story 0",
                      "difference (Left Times \u2212 Right Post)"]
    assert page.page.locator("#pair-scores table").first.locator("tr").count() > 5
    rows = [r.locator("td").all_inner_texts() for r in page.page.locator("#pair-scores table").first.locator("tr").all()]
    assert ["hedge_per_1k", "Hedges, the outlet's own, per 1,000 own words"] in [r[:2] for r in rows if r]
    counts = {r[0]: r[1:] for r in (row.locator("td").all_inner_texts() for row in page.page.locator("#pair-scores .pair-findings tr").all()) if r}
    assert counts["loaded words, the outlet's own"] == ["0", "3"]  # Right Post: "claimed", "disastrous", "farce"
    assert counts["loaded words, inside quotations"] == ["1", "0"]  # Left Times quotes "It was a farce"
    assert counts["quotations (spoken)"] == ["1", "0"]  # the same count as the `quotes` score
    assert counts["scare quotes (quoted words in the outlet's own voice)"] == ["0", "0"]
    assert "minister (claim)" in counts["who is quoted, with which verbs"][1]


def test_script_injection_article_runs_nothing_and_shows_literally(page):
    page.open_article("evil")
    text = page.page.locator("#article-view .article-text").inner_text()
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text and "<!-- end" in text
    assert page.page.locator("#article-view h3").inner_text() == EVIL_TITLE
    assert page.page.locator("#article-table td", has_text="<img src=x onerror=alert(2)>").count() == 1
    assert page.page.locator("#article-view img, #article-view script, #article-table img").count() == 0
    page.page.wait_for_timeout(200)
    assert page.dialogs == []


def test_ignored_boilerplate_is_greyed_with_its_reason(page):
    page.open_article("centre0")
    ignored = page.page.locator("#article-view .ignored")
    assert ignored.all_inner_texts() == ["Sign up for our newsletter."]
    assert ignored.get_attribute("title") == "left out of the counts: newsletter prompt"
    assert page.page.locator("#article-view .hl.t-attribution").first.inner_text() == "said"  # offsets still right


def test_a_term_named_or_someone_elses_says_so(page):
    page.open_article("centre1")
    tip = page.page.locator("#tip")
    page.page.locator("#article-view .hl.t-loaded", has_text="deep state").hover()
    text = tip.inner_text()
    assert "voice: named, not used: the outlet names the term (“the term …”) but does not use it as its own word, so it is left out of the outlet's own-voice scores" in text
    assert "category: mention: a term the outlet names, not uses" in text  # the quotation's own finding
    assert "rule: mention" not in text  # the voice line says it once
    assert text.count("counts in: no score") == 2  # the word and its quotation: named, not used, counted nowhere
    page.page.locator("#article-view .hl.t-loaded", has_text="fake news").hover()
    assert "voice: quoted: the words of Trump, not the outlet's own" in tip.inner_text()
    assert "counts in: Loaded words in quotations, per 1,000 quoted; All loaded words, per 1,000" in tip.inner_text()


def test_offsets_past_emoji_land_on_the_right_words(page):
    page.open_article("emoji")
    assert page.page.locator("#article-view .hl.t-loaded").all_inner_texts() == ["farce"]


def test_search_and_pages(page):
    page.page.fill("#article-search", "")
    page.page.wait_for_function("document.getElementById('page-info').textContent.includes('(17 articles)')")
    info = page.page.locator("#page-info")
    assert info.inner_text() == "page 1 of 1 (17 articles)"
    page.page.fill("#article-search", "centre")
    page.page.wait_for_function("document.getElementById('page-info').textContent.includes('(6 articles)')")
    assert page.page.locator("#article-table tbody tr").count() == 6
    page.page.fill("#article-search", "")


def test_tables_download_as_csv(page):
    with page.page.expect_download() as d:
        page.page.locator('button.csv-button[data-table="profile"]').click()
    lines = Path(d.value.path()).read_text(encoding="utf-8").splitlines()
    assert lines[0] == "score,outlet,n,mean,median,ci_low,ci_high"
    assert len(lines) > 10
    with page.page.expect_download() as d:
        page.page.locator('button.csv-button[data-table="articles"]').click()
    rows = Path(d.value.path()).read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("id,outlet,title,date,url,event,words,loaded_author_per_1k") and len(rows) == 18
    assert any(r.startswith("emoji,Centre News,'=1+2 emoji,") for r in rows)  # a formula stays text


def test_printed_the_texts_are_whole_and_the_controls_left_out(page):
    """A class handout: an article's text box scrolled on screen, so print had cut it at 75% of a page."""
    p = page.page
    p.emulate_media(media="print")
    try:
        style = p.evaluate("(s) => { const e = document.querySelector(s); const c = getComputedStyle(e); return [c.maxHeight, c.overflowY]; }",
                           "#pair-a .article-text")
        assert style == ["none", "visible"]
        assert p.locator("nav").is_visible() is False
        # the switches print as a legend: the layers shown, with their colours and the voice note, no check boxes
        legend = p.locator("#side-by-side .toggles")
        assert legend.is_visible() and legend.locator("input").first.is_visible() is False
        assert legend.locator("label:visible").all_inner_texts() == [
            "loaded language", "hedge", "booster", "attribution (reporting verb)", "quotation", "anonymous source"]  # not the classifier layer: it is off
        assert "solid: the outlet's own words" in legend.inner_text()
    finally:
        p.emulate_media(media="screen")
    assert p.locator("nav").is_visible()


def test_the_whole_session_logged_no_error_fetched_nothing_and_opened_no_dialog(page, reports):
    assert page.errors == []
    assert page.dialogs == []
    assert [u for u in page.requests if not u.startswith("blob:")] == [reports["plain"]]  # blob: = the CSV downloads


def test_compressed_article_store_unpacks_in_the_browser(browser, reports):
    p = Page(browser, reports["packed"])
    try:
        assert p.page.evaluate("document.body.dataset.ready") == "true"
        assert p.page.locator("#article-view .article-text").inner_text().startswith("The minister said")
        assert p.errors == [] and p.requests == [reports["packed"]]
    finally:
        p.page.close()
