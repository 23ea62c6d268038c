"""A lexicon of the user's own in the report, in a real browser (framing/user_lexicon_report.py):
its findings highlighted in their own colour, a legend entry and a toggle of their own, and its score
among the article's scores.  Runs where Debian's chromium and playwright are installed."""

from __future__ import annotations

from pathlib import Path

import pytest

import framing
from framing.report import ReportConfig, article_record, write_report
from framing.user_lexicon_report import UserLexiconLayers

CHROMIUM = Path("/usr/bin/chromium")
HEADER = "term\tcategory\tweight\tnote\tsource\n"
TEXTS = {
    "fox": 'The company downsized its staff, and 40 workers were let go. "There was collateral damage," the general said.',
    "cnn": "The company fired 40 workers. The general said civilians died. Critics called it a disgrace.",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    mine = tmp_path / "my-lexicons"
    mine.mkdir()
    (mine / "euphemism.tsv").write_text(HEADER + "collateral damage\tmilitary\t2\t\tme\nlet go\tjobs\t1\t\tme\n"
                                        "downsize\tjobs\t2\t\tme\n", encoding="utf-8")
    (mine / "metadata.json").write_text('{"euphemism": {"categories": {"military": "war made to sound clean", '
                                        '"jobs": "firing made to sound neutral"}}}', encoding="utf-8")
    return mine


@pytest.mark.parametrize("scores, lexicons", [
    ({"loaded_per_1k": 1.0}, []),  # ours only
    ({"loaded_per_1k": 1.0, "euphemism_author_per_1k": 2.0, "euphemism_quoted_per_1k": None, "euphemism_per_1k": 2.0}, ["euphemism"]),
    ({"my-terms_per_1k": 3.0}, ["my-terms"]),  # a saved record with only the all-voice score
])
def test_layers_learn_the_lexicons_of_a_saved_record(scores, lexicons):
    layers = UserLexiconLayers()
    layers.note(scores)
    assert layers.lexicons == lexicons
    assert layers.types()[6:] == lexicons
    assert layers.score_names[13:] == [f"{name}{s}" for name in lexicons for s in ("_author_per_1k", "_quoted_per_1k", "_per_1k")]


def test_layers_from_the_lexicon_folder_colour_each_lexicon_apart_from_ours(folder):
    layers = UserLexiconLayers([folder])
    assert layers.lexicons == ["euphemism"]
    assert layers.labels() == {"euphemism": "euphemism (your lexicon)"}
    assert layers.colours() == {"euphemism": "#00838f"}
    assert layers.category_notes({"euphemism": {"categories": {"jobs": "firing"}}}) == {"euphemism": {"jobs": "firing"}}


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium")
def test_the_page_highlights_and_toggles_a_new_lexicons_findings(tmp_path, folder):
    sync_api = pytest.importorskip("playwright.sync_api")
    expect = sync_api.expect
    records = [article_record(framing.analyze(text, outlet=outlet, title=f"{outlet} story", id=outlet, lexicons=[folder]))
               for outlet, text in TEXTS.items()]
    out = tmp_path / "report.html"
    write_report(records, out, ReportConfig(title="Euphemisms", lexicons=[folder]))
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1300, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(out.as_uri())
        page.wait_for_selector("body[data-ready]", timeout=60_000)
        page.fill("#article-search", "fox")
        page.locator('#article-table tbody tr[data-id="fox"]').click()
        view = page.locator("#article-view")
        found = view.locator(".hl.t-euphemism")
        expect(found).to_have_text(["downsized", "let go", "collateral damage"], timeout=30_000)
        colour = page.evaluate("getComputedStyle(document.querySelector('#article-view .hl.t-euphemism')).borderBottomColor")
        assert colour == "rgb(0, 131, 143)"  # #00838f, none of ours
        toggle = page.locator('#articles .toggles input[data-type="euphemism"]')
        expect(toggle).to_be_checked()
        toggle.uncheck()
        expect(view.locator(".hl.t-euphemism")).to_have_count(0)
        expect(view.locator(".hl.t-loaded")).to_have_count(0)  # (fox has no loaded word; cnn's 'disgrace' is cnn's)
        assert "euphemism" in page.locator("#articles .toggles").inner_text()
        assert errors == []
        browser.close()
