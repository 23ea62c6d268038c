"""A finding's details in plain words for a media-literacy class: what kind of word it is and why it
can frame the reader, in the category descriptions of lexicons/metadata.json; the word-list row and
its note, written for lexicon builders ("BABE's experts mark it in 68% of uses"), folded under "why
the tool flagged it" and still one click away (report_details.js)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.report import category_notes

CHROMIUM = Path("/usr/bin/chromium")
TEXT = "Talks fail\n\nThe minister may resign, officials claimed. The budget was dramatically cut. Some critics say the plan failed.\n"
# words a student meets in no class: the grammar of hedging and the lexicon's own machinery
JARGON = ("epistemic", "modal verb", "quantifier", "approximator", "predicative", "that-clause", "cue", "by a rule", "credibility")


def page_data(html: str) -> dict:
    body = re.search(r'<script[^>]*id="page-data"[^>]*>(.*?)</script>', html, re.S).group(1)
    return json.loads(body)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("class") / "talks"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    out = folder.parent / "talks.html"
    result = CliRunner().invoke(app, ["report", str(folder), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("type_, category, description", [
    ("hedge", "modal", "a word that makes a claim sound less certain, only possible (may, might, could)"),
    ("hedge", "epistemic_adverb", "a word that makes a claim sound less sure: only likely, only reported, or only partly true (reportedly, perhaps, largely)"),
    ("booster", "certainty_adverb", "a word that makes a claim sound certain, beyond question (clearly, undoubtedly, abundantly)"),
    ("loaded", "intensifier", "a word that turns a judgement up, making it stronger (utterly, blatantly, characteristically)"),
    ("loaded", "loaded_verb", "a verb that judges how something was said or done, not only reports it (slam, grovel, cave to, ram through)"),
    ("attribution", "lowering", "makes what was said sound less believable (claim, allege, insist, purport)"),
    ("anonymous_source", "phrase", "a phrase of several words for a source the article does not name (people familiar with the matter)"),
])
def test_a_category_is_described_in_plain_words_with_its_examples(type_, category, description):
    assert category_notes()[type_][category] == description


def test_no_category_a_finding_shows_is_described_in_jargon():
    notes = category_notes()
    shown = {(t, c): d for t in ("loaded", "hedge", "booster", "attribution", "anonymous_source")
             for c, d in notes[t].items() if c != "plain_sense"}  # a plain-sense row is never a finding
    assert len(shown) == 60
    assert {k: d for k, d in shown.items() if any(j in d for j in JARGON)} == {}
    assert {k: d for k, d in shown.items() if "(" not in d} == {}  # each keeps its examples


def test_the_page_carries_plain_descriptions_and_keeps_the_builders_notes_apart(report):
    data = page_data(report.read_text(encoding="utf-8"))
    assert data["categoryNotes"]["hedge"]["modal"] == "a word that makes a claim sound less certain, only possible (may, might, could)"
    notes = data["entryNotes"]
    claim = notes["rows"][notes["loaded"]["claim"]]
    # the row and its note still travel with the page (every score explained), for the fold
    assert claim[0].startswith("loaded.tsv:") and "BABE's experts mark it in 68% of uses" in claim[1]
    dramatically = notes["rows"][notes["loaded"]["dramatically"]]
    assert "annotators mark it (BABE" in dramatically[1]
    assert not any("BABE" in d for t in data["categoryNotes"].values() for d in t.values())


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium")
def test_a_student_reads_the_details_plainly_and_one_click_shows_the_row(report):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"])
        pg = browser.new_page(viewport={"width": 1300, "height": 900})
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.goto(report.as_uri())
        pg.wait_for_selector("body[data-ready]", timeout=60_000)
        tip = pg.locator("#tip")
        pg.locator(".hl.t-hedge", has_text="may").first.click()
        sync_api.expect(tip).to_be_visible()
        text = tip.inner_text()
        assert "category: modal: a word that makes a claim sound less certain, only possible (may, might, could)" in text
        assert "epistemic" not in text and "hedge.tsv" not in text
        pg.locator(".hl.t-loaded", has_text="dramatically").first.click()
        text = tip.inner_text()
        assert "category: intensifier: a word that turns a judgement up, making it stronger" in text
        assert "strength: 1 of 3 (mild)" in text
        assert "BABE" not in text and "loaded.tsv" not in text  # the builders' note is folded
        assert "why the tool flagged it (for lexicon builders)" in text
        tip.locator("summary").first.click()
        sync_api.expect(tip).to_be_visible()  # opening the fold keeps the box
        text = tip.inner_text()
        assert re.search(r"word-list entry: dramatically, loaded\.tsv:\d+\. Note: in news mostly 'greatly'", text)
        assert "annotators mark it (BABE" in text
        tip.locator("summary").first.click()  # folded again
        # the keyboard: Enter keeps the box, Enter again opens the fold (the box is not in the Tab order)
        pg.keyboard.press("Escape")
        pg.locator(".hl.t-hedge", has_text="may").first.focus()
        pg.keyboard.press("Enter")
        assert "hedge.tsv" not in tip.inner_text()
        pg.keyboard.press("Enter")
        assert re.search(r"word-list entry: may, hedge\.tsv:\d+", tip.inner_text())
        pg.keyboard.press("Enter")
        assert "hedge.tsv" not in tip.inner_text()
        # a rule's words, not its code name ("vague-quantifier: 'some' names ..."); the name under the fold
        pg.keyboard.press("Escape")
        pg.locator('.hl[data-types~="hedge"]', has_text="Some").first.click()  # under "Some critics", an anonymous source
        text = tip.inner_text()
        assert "rule: 'some' names an unspecified group" in text
        assert "vague-quantifier" not in text
        why = tip.locator(".tip-finding", has_text="'some' names").locator("summary")
        why.click()
        assert "rule id (framing's rules): vague-quantifier" in tip.inner_text()
        why.click()
        # Enter three times at once (as a loaded machine can deliver them): the fold ends closed, and
        # stays closed for the next finding (a replaced box's late "toggle" had opened it again)
        pg.keyboard.press("Escape")
        pg.evaluate("""() => { const t = document.querySelector('.hl.t-hedge'); t.focus();
            for (let i = 0; i < 3; i++) t.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); }""")
        pg.wait_for_timeout(100)
        assert tip.locator("details").evaluate_all("ds => ds.map(d => d.open)") == [False]
        # the fold opened by a click, then Enter on the finding before the fold's late "toggle" event came
        # (as in a loaded CI run): Enter folds it, as the click said it was open
        pg.keyboard.press("Escape")
        pg.evaluate("""() => { const t = document.querySelector('.hl.t-hedge'); t.focus();
            t.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
            document.querySelector('#tip summary').click();
            t.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); }""")
        pg.wait_for_timeout(100)
        assert tip.locator("details").evaluate_all("ds => ds.map(d => d.open)") == [False]
        pg.keyboard.press("Escape")
        pg.locator(".hl.t-loaded", has_text="dramatically").first.click()
        assert tip.locator("details").evaluate_all("ds => ds.map(d => d.open)") == [False]
        browser.close()
        assert errors == []
