"""The report as a screen reader meets it, read through Chromium's accessibility tree (Playwright's
role queries): a highlight is a control named by its words, its kind and whose words they are; a
chart is a figure named by what it shows and described by the table its numbers are in; the pair
chooser and the legend's switches are labelled; the keyboard reaches every finding in order.
(The report is made as a teacher makes it: a folder with a manifest.csv, then `framing report`.)"""

from __future__ import annotations

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

TEXTS = {
    "fox.txt": ("Fox News", 'The minister claimed the disastrous talks collapsed. "It was a farce," Senator Jane Smith said. Officials said talks may resume.'),
    "nyt.txt": ("The New York Times", "The minister said the talks ended. Officials said talks may resume on Friday."),
    "hpo.txt": ("HuffPost", "The talks ended, the minister said. They may resume. The mayor said \u201cthe budget was doomed."),  # a note: unclosed
}


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("lesson") / "talks"
    folder.mkdir()
    for name, (_, body) in TEXTS.items():
        (folder / name).write_text(f"Budget talks\n\n{body}\n", encoding="utf-8")
    (folder / "manifest.csv").write_text("path,outlet,date,event\n" + "".join(f"{n},{o},2025-05-14,budget talks\n" for n, (o, _) in TEXTS.items()),
                                         encoding="utf-8")
    out = folder.parent / "talks.html"
    result = CliRunner().invoke(app, ["report", str(folder), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def page(report):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"])
        pg = browser.new_page(viewport={"width": 1366, "height": 768})
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.goto(report.as_uri())
        pg.wait_for_selector("body[data-ready]", timeout=60_000)
        yield pg
        browser.close()
        assert errors == []


@pytest.mark.parametrize("name", [
    "disastrous (loaded language, the outlet's own words)",
    "claimed (loaded language, the outlet's own words; attribution, the outlet's verb for the minister)",
    "\"It was a (quotation, the words of Jane Smith)",  # up to the word inside it, which is a stop of its own
    "farce (loaded language, the words of Jane Smith; quotation, the words of Jane Smith)",
    "said (attribution, the outlet's verb for Jane Smith)",
    "Officials (anonymous source, the outlet's own words)",
    "said (attribution, the outlet's verb for an unnamed source)",
    "may (hedge, the outlet's own words)",
])
def test_a_highlight_says_its_words_their_kind_and_whose_they_are(page, name):
    fox = page.get_by_role("region", name="text of Fox News")
    assert fox.get_by_role("button", name=name, exact=True).count() == 1


def test_a_headline_is_named_by_its_words_not_its_highlights(page):
    assert page.locator("#pair-a").get_by_role("heading", name="Budget talks", exact=True).count() == 1


def test_space_keeps_a_highlights_details_open_as_enter_does(page):
    finding = page.get_by_role("region", name="text of Fox News").get_by_role("button", name="disastrous (loaded language, the outlet's own words)")
    finding.focus()
    y = page.evaluate("window.scrollY")
    page.keyboard.press("Space")
    assert page.evaluate("window.scrollY") == y  # the page did not scroll
    tip = page.get_by_role("tooltip")
    sync_api.expect(tip).to_be_visible()
    assert finding.get_attribute("aria-describedby") == "tip"
    page.keyboard.press("Escape")


@pytest.mark.parametrize("name, table", [
    ("Outlet profile: each outlet's mean of each score, a bar chart", "Mean score per outlet"),
    ("Fingerprint: every score at once, each outlet as a share of the highest, a radar chart", "Mean score per outlet"),
    ("The stance of each outlet's reporting verbs, a stacked bar chart", "Reporting-verb stance: share of each outlet's attributions"),
    ("Whom each outlet's attributions credit, a stacked bar chart", "Named and anonymous sources"),
])
def test_a_chart_is_a_named_figure_described_by_the_table_of_its_numbers(page, name, table):
    figure = page.get_by_role("figure", name=name, exact=True)
    assert figure.count() == 1
    described = page.locator("#" + figure.get_attribute("aria-describedby"))
    assert described.inner_text() == f'The numbers of this chart are in the table "{table}" below.'
    assert page.get_by_role("table", name=table, exact=True).count() == 1
    assert "- img:" not in figure.aria_snapshot()  # the drawing's heap of axis numbers is hidden from it (its buttons' icons stay)
    assert figure.locator("svg.main-svg").count() >= 1
    assert figure.locator("svg.main-svg").evaluate_all("svgs => svgs.every(s => s.getAttribute('aria-hidden') === 'true')")


def test_the_charts_offer_no_upload_to_plotly_cloud(page, report):
    """This plotly.js adds a "Share chart..." button that sends the chart to Plotly Cloud."""
    profile = page.get_by_role("figure", name="Outlet profile: each outlet's mean of each score, a bar chart")
    assert profile.get_by_role("button", name="Download plot as a PNG").count() == 1
    assert page.get_by_role("button", name="Share chart...").count() == 0
    assert 'showSendToCloud: false, plotlyServerURL: ""' in report.read_text(encoding="utf-8")


def test_the_pair_chooser_and_the_legends_switches_are_labelled_controls(page):
    chooser = page.get_by_role("combobox", name="Compare all 3 articles, or two of them:")
    assert chooser.count() == 1
    switches = page.locator("#side-by-side").get_by_role("group", name="highlights shown in the text")
    assert [switches.get_by_role("checkbox").nth(i).evaluate("e => e.labels[0].textContent") for i in range(6)] == [
        "loaded language", "hedge", "booster", "attribution (reporting verb)", "quotation", "anonymous source"]
    assert switches.get_by_role("checkbox", name="loaded language").is_checked()
    assert page.get_by_role("button", name="Download CSV: Mean score per outlet").count() == 1


def test_tab_reaches_every_finding_of_a_text_once_in_order(page):
    page.locator("#pair-a .skip-link").focus()
    reached = []
    for _ in range(40):
        page.keyboard.press("Tab")
        if not page.evaluate("document.getElementById('pair-a').contains(document.activeElement)"):
            break
        reached.append(page.evaluate("document.activeElement.getAttribute('aria-label')"))
    stops = page.locator('#pair-a .hl[tabindex="0"]')
    assert reached == [stops.nth(i).get_attribute("aria-label") for i in range(stops.count())]
    assert reached[:4] == ["claimed (loaded language, the outlet's own words; attribution, the outlet's verb for the minister)",
                           "disastrous (loaded language, the outlet's own words)",
                           "\"It was a (quotation, the words of Jane Smith)",
                           "farce (loaded language, the words of Jane Smith; quotation, the words of Jane Smith)"]
    # the rest of the quotation (',"') is no stop and no control: its kind was said where it began
    assert page.locator("#pair-a .hl:not([role])").all_inner_texts() == [',"']


def test_tab_reaches_a_note_on_how_a_text_was_read_and_enter_goes_to_its_words(page):
    hpo = page.get_by_role("region", name="text of HuffPost")
    summary = hpo.locator(".reading-notes summary")
    summary.focus()
    assert summary.inner_text() == "1 note on how this text was read"
    page.keyboard.press("Enter")  # unfolded
    page.keyboard.press("Tab")
    note = hpo.get_by_role("button", name=re.compile(r"^unclosed quotation mark near .*the budget was doomed.* \u2192 show in the text$"))
    assert page.evaluate("document.activeElement.className") == "reading-note"
    assert note.evaluate("e => e === document.activeElement")
    page.keyboard.press("Enter")
    page.wait_for_selector(".jump-flash", state="attached")
