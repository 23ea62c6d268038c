"""The seeds' class report (The Independent through a news-aggregator page, OGM News) as a screen
reader and the keyboard meet it: page clutter says what it is and why it is grey, and on a screen where
the header scrolls away a "top" link brings its section links back.  (A module of its own: Playwright's
sync API runs one browser session a module, and test_report_accessibility's page stays open.)"""

from __future__ import annotations

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
sync_api.expect.set_options(timeout=30_000)


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seeds") / "seeds.html"
    result = CliRunner().invoke(app, ["report", str(SEEDS), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def seeds_browser():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"])
        yield browser
        browser.close()


@pytest.fixture
def open_seeds(seeds_browser, seeds_report):
    """A page of the seeds' report at a screen's size; nothing but the file itself is fetched, no script fails."""
    pages, fetched, errors = [], [], []

    def open_at(width: int, height: int):
        pg = seeds_browser.new_page(viewport={"width": width, "height": height})
        pg.on("request", lambda r: fetched.append(r.url) if not r.url.startswith(("file:", "data:", "blob:")) else None)
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.goto(seeds_report.as_uri())
        pg.wait_for_selector("body[data-ready]", timeout=60_000)
        pages.append(pg)
        return pg
    yield open_at
    for pg in pages:
        pg.close()
    assert (fetched, errors) == ([], [])


@pytest.mark.parametrize("words, said", [
    ("(AFP/Getty)", "page clutter, left out of the counts: photo caption. Putin has yet to confirm whether he will attend the talks he called in Turkey (AFP/Getty)"),
    ("Sign up to read this article", "page clutter, left out of the counts: subscription prompt. Sign up to read this article"),
])
def test_page_clutter_tells_a_screen_reader_and_the_keyboard_what_it_is_and_why_it_is_grey(open_seeds, words, said):
    pg = open_seeds(1366, 768)
    clutter = pg.get_by_role("region", name="text of The Independent").locator(".ignored", has_text=words)
    assert clutter.count() == 1
    # the accessibility tree reads the reason before the grey words (the hover's title had been all it said)
    assert clutter.aria_snapshot().replace("\n", " ").startswith(f'- text: "{said}')
    reason = said.split(". ")[0]
    assert clutter.get_attribute("title") == "left out of the counts: " + reason.split(": ")[1]
    assert not clutter.inner_text().startswith("page clutter")  # generated text: a copy of the article stays the article
    # a Tab stop, where the reason shows in words
    shown = "e => [getComputedStyle(e, '::before').position, getComputedStyle(e, '::before').clip]"
    assert clutter.evaluate(shown) == ["absolute", "rect(0px, 0px, 0px, 0px)"]  # out of sight
    clutter.focus()
    assert clutter.evaluate("e => e === document.activeElement")
    assert clutter.evaluate("e => getComputedStyle(e, '::before').content") == f'"{reason}"'
    assert clutter.evaluate(shown) == ["static", "auto"]  # in the line, before the grey words


def test_the_fold_of_clutter_above_a_headline_holds_its_reasons_for_the_keyboard(open_seeds):
    pg = open_seeds(1366, 768)
    fold = pg.get_by_role("region", name="text of The Independent").locator("details.clutter-above")
    # folded, its one line says what the clutter is (its reasons had been only inside, a click away)
    assert fold.locator("summary").inner_text() == ("8 lines of page clutter above the headline, left out of the counts: "
                                                     "reader-app prompt, masthead before the headline")
    assert fold.locator(".ignored").first.is_hidden()
    assert fold.locator("summary").bounding_box()["height"] <= 2 * 17  # compact: two lines of its small type at 1,366 px
    fold.locator("summary").click()
    described = fold.locator(".ignored[data-clutter]")
    assert [described.nth(i).get_attribute("data-clutter") for i in range(described.count())] == [
        "page clutter, left out of the counts: reader-app prompt",
        "page clutter, left out of the counts: masthead before the headline (outlet, section, byline)"]
    assert described.evaluate_all("es => es.every(e => e.tabIndex === 0)")


TOP = "Back to the top: the report's sections"


def test_a_top_link_brings_back_the_section_links_on_a_laptops_short_screen(open_seeds):
    pg = open_seeds(1366, 768)
    top = pg.get_by_role("link", name=TOP, exact=True)
    assert top.is_hidden()  # the header's links are in sight
    pg.locator("#articles").scroll_into_view_if_needed()
    sync_api.expect(top).to_be_visible()
    sync_api.expect(pg.get_by_role("link", name="Methods", exact=True)).not_to_be_in_viewport()
    # in the margin, right of every line of the texts
    room = "es => es.map(e => e.getBoundingClientRect().right - parseFloat(getComputedStyle(e).paddingRight))"
    assert max(pg.locator(".article-text").evaluate_all(room)) <= top.bounding_box()["x"]
    top.focus()
    pg.keyboard.press("Enter")
    for name in ["Overview", "Side by side", "Outlet profile", "Statistics", "Articles", "Methods"]:
        sync_api.expect(pg.locator("nav").get_by_role("link", name=name, exact=True)).to_be_in_viewport()
    sync_api.expect(top).to_be_hidden()
    pg.keyboard.press("Tab")  # the keyboard goes on from the header: its first section link
    assert pg.evaluate("document.activeElement.textContent") == "Overview"


def test_the_top_link_covers_no_text_on_a_phone_and_is_not_printed(open_seeds):
    pg = open_seeds(390, 844)
    top = pg.get_by_role("link", name=TOP, exact=True)
    pg.locator("#profile").scroll_into_view_if_needed()
    sync_api.expect(top).to_be_visible()
    box = top.bounding_box()
    text_right = pg.evaluate("() => { const m = document.querySelector('main'); return m.getBoundingClientRect().right - parseFloat(getComputedStyle(m).paddingRight); }")
    assert box["height"] >= 44  # a finger's target, at the screen's edge
    assert box["width"] >= 24  # WCAG 2.2's least target size (it had been 16 px wide, its "top" cut at the edge)
    assert top.evaluate("e => e.scrollWidth <= e.clientWidth")  # its word whole
    assert pg.evaluate("document.querySelector('main').getBoundingClientRect().width - 36") == 354  # the texts lose 4 px of 358
    assert box["x"] + box["width"] == 390 and text_right <= box["x"]  # in the page's right margin, beside the text
    texts = pg.locator(".article-text").evaluate_all("es => es.map(e => e.getBoundingClientRect().right)")
    assert max(texts) <= box["x"]
    pg.emulate_media(media="print")
    assert top.is_hidden()


def test_no_top_link_where_the_header_stays_on_screen(open_seeds):
    pg = open_seeds(1920, 1080)
    pg.locator("#articles").scroll_into_view_if_needed()
    pg.wait_for_timeout(300)
    assert pg.get_by_role("link", name=TOP, exact=True).is_hidden()
