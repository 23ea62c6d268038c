"""A student reading a class's three long articles side by side, in Chromium at a laptop's, a
tablet's and a phone's width: the legend stays in sight beside the texts, a finding reached by Tab
is not hidden under it, the legend draws its lines as the texts do, and the charts name the outlet
of each bar.  (The report is made the way a teacher makes it: a folder with a manifest.csv, then
`framing report FOLDER`.)"""

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

PARAGRAPH = ('The senator said the plan was a disastrous farce. "It will fail," she claimed on {day}. '
             "Officials said talks may resume, but the outcome was clearly uncertain. {own}\n\n")
OWN = {"fox.txt": "Taxpayers watched.", "nyt.txt": "Mr. Smith watched.", "hpo.txt": "Activists watched."}  # a word each outlet alone uses
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
OUTLETS = {"fox.txt": "Fox News", "nyt.txt": "The New York Times", "hpo.txt": "HuffPost"}
WIDTHS = [(1366, 768), (800, 800), (390, 844)]  # a laptop's screen as many schools have it


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("lesson") / "budget-vote"
    folder.mkdir()
    for k, name in enumerate(OUTLETS):
        body = "".join(PARAGRAPH.format(day=DAYS[(i + k) % 5], own=OWN[name]) for i in range(30))  # some 1,000 words: the texts scroll
        tail = "The mayor said \u201cthe budget was doomed from the start.\n" if name == "nyt.txt" else ""  # a quotation never closed: a reading note
        head = "Advertisement\n\nSign up for our daily newsletter.\n\n" if name == "hpo.txt" else ""  # page clutter above the headline
        (folder / name).write_text(f"{head}Senate budget vote, as {OUTLETS[name]} told it\n\n{body}{tail}", encoding="utf-8")
    # the event column titles the page as the folder would ("budget vote"), and the chooser names only the outlets
    (folder / "manifest.csv").write_text("path,outlet,date,headline,event\n" + "".join(f"{n},{o},2025-05-14,\"Senate budget vote, as {o} told it\",budget vote\n"
                                                                                       for n, o in OUTLETS.items()), encoding="utf-8")
    out = folder.parent / "rep.html"
    result = CliRunner().invoke(app, ["report", str(folder), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture(scope="module", params=WIDTHS, ids=lambda w: f"{w[0]}px")
def page(request, browser, report):
    """One page a width (loading one parses 4.8 MB of plotly.js); each test leaves it scrolled anywhere."""
    width, height = request.param
    pg = browser.new_page(viewport={"width": width, "height": height}, has_touch=width < 600)
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(report.as_uri())
    pg.wait_for_selector("body[data-ready]", timeout=60_000)
    yield pg
    pg.close()
    assert errors == []


def open_tables(page) -> None:
    """The texts' two tables are folded under one line above the texts."""
    page.evaluate("document.getElementById('pair-tables').open = true")


def _header_stays(pg) -> bool:
    """Whether the header stays on screen: only on a screen both wide and tall (over 900 by 860 px)."""
    return pg.evaluate("getComputedStyle(document.querySelector('header')).position") == "sticky"


def _compact_legend(pg) -> bool:
    """The pinned legend's short form (no asides, the key drawn as its lines): under 900 px wide or 860 px high."""
    return pg.evaluate("matchMedia('(max-width: 900px), (max-height: 860px)').matches")


def _pinned_top(pg) -> float:
    """Where the legend is pinned: under the header where the header stays, else at the top."""
    header = pg.locator("header").bounding_box()
    return header["y"] + header["height"] if _header_stays(pg) else 0


def test_the_page_is_titled_after_the_folder(page):
    assert page.title() == "Framing report: budget vote"
    assert page.locator("header h1").inner_text() == "Framing report: budget vote"


def test_the_legend_stays_in_sight_while_the_texts_are_read_and_leaves_with_them(page):
    """The switches and the solid/dashed key sat above two score tables, some 2,000 px above the
    texts on a phone: a student reading the middle of an article had no key to its colours."""
    legend = page.locator('#side-by-side .toggles[data-for="pair"]')
    text = page.locator("#pair-a .article-text").bounding_box()
    page.evaluate(f"window.scrollTo(0, {text['y'] + text['height'] / 2})")  # halfway down the first text
    box = legend.bounding_box()
    assert box["y"] == pytest.approx(_pinned_top(page), abs=1)
    assert legend.locator(".legend-note").is_visible()
    assert legend.locator('input[data-type="loaded"]').is_visible()
    assert box["height"] <= 0.12 * page.viewport_size["height"]  # a phone's screen stays for the text: one row of switches
    page.locator("#profile").scroll_into_view_if_needed()
    page.evaluate("document.getElementById('profile').scrollIntoView()")
    box = legend.bounding_box()
    assert box["y"] + box["height"] <= page.locator("#profile").bounding_box()["y"] + 1  # it goes with its section


@pytest.mark.parametrize("page", [WIDTHS[-1]], indirect=True, ids=lambda w: f"{w[0]}px")  # a phone's layout only
def test_on_a_phone_every_switch_is_in_the_legends_row(page):
    switches = page.locator('#side-by-side .toggles .layer-switches')
    boxes = [switches.locator("label").nth(i).bounding_box() for i in range(switches.locator("label").count())]
    assert len({round(b["y"]) for b in boxes}) == 1  # one row, scrolled sideways
    row = switches.bounding_box()
    assert page.evaluate("(() => { const r = document.querySelector('#side-by-side .layer-switches'); return r.scrollWidth > r.clientWidth; })()")
    assert row["x"] >= 0 and row["x"] + row["width"] <= 390
    # its edge fades where more switches lie: only a cut-off letter had said so
    mask = "e => getComputedStyle(e).maskImage || getComputedStyle(e).webkitMaskImage"
    for left, more in ((0, "right"), (60, "left right"), (5000, "left")):
        switches.evaluate(f"r => r.scrollLeft = {left}")
        page.wait_for_function(f"document.querySelector('#side-by-side .layer-switches').dataset.more === '{more}'")
        assert switches.evaluate(mask).startswith("linear-gradient")
    switches.evaluate("r => r.scrollLeft = 0")


def test_the_phones_legend_fades_where_more_switches_lie(report):
    assert '.layer-switches[data-more="right"] { -webkit-mask-image: linear-gradient(to right, #000 calc(100% - 2.5rem), transparent);' in report.read_text(encoding="utf-8")


def test_a_finding_reached_by_tab_is_not_hidden_under_the_pinned_legend(page):
    findings = page.locator("#pair-a .hl")
    findings.nth(20).focus()
    target = findings.nth(21)
    top = _pinned_top(page)
    page.evaluate(f"window.scrollBy(0, {target.bounding_box()['y'] - top - 10})")  # the next finding lies under the legend
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement === document.querySelectorAll('#pair-a .hl')[21]")
    legend = page.locator('#side-by-side .toggles[data-for="pair"]').bounding_box()
    assert target.bounding_box()["y"] >= legend["y"] + legend["height"]
    name = page.locator("#pair-a .column-name").bounding_box()  # nor under its column's pinned name
    assert target.bounding_box()["y"] >= name["y"] + name["height"]


def test_the_legend_draws_solid_and_dashed_as_the_texts_do(page):
    """On a laptop the key names each line and draws it; under 900 px (a tablet, a phone) each meaning is
    drawn as its line, without the words 'solid', 'dashed', 'grey' (two lines of key on a phone, now one)."""
    note = page.locator("#side-by-side .toggles .legend-note")
    style = "(e) => getComputedStyle(e).borderBottomStyle"
    own, quoted = page.locator("#pair-a .hl.t-loaded:not(.voice-quoted)").first.evaluate(style), page.locator("#pair-a .hl.voice-quoted").first.evaluate(style)
    if not _compact_legend(page):
        assert note.inner_text() == "solid: the outlet's own words · dashed: inside a quotation · grey: left out (page clutter)"
        assert note.locator(".line-own").evaluate(style) == own == "solid"
        assert note.locator(".line-quoted").evaluate(style) == quoted == "dashed"
    else:
        assert note.inner_text() == "the outlet's own words · inside a quotation · left out"
        assert note.locator(".key-own .key-meaning").evaluate(style) == own == "solid"
        assert note.locator(".key-quoted .key-meaning").evaluate(style) == quoted == "dashed"
        grey = "(e) => getComputedStyle(e).color"
        assert note.locator(".key-ignored .key-meaning").evaluate(grey) == page.locator(".ignored").first.evaluate(grey)
        box = note.bounding_box()
        assert box["height"] < 1.6 * note.evaluate("e => parseFloat(getComputedStyle(e).fontSize)") * 1.5  # one line


def test_under_900px_the_header_scrolls_away_and_the_pinned_legend_keeps_short(report):
    """The page's own rules, as the CLI wrote them (the browser test above measures what they do)."""
    html = report.read_text(encoding="utf-8")
    assert "@media (max-width: 900px), (max-height: 860px) { header { position: static; } }" in html
    assert ".toggles[data-for=\"pair\"] .label-aside, .toggles[data-for=\"pair\"] .key-name" in html
    assert "attribution (reporting verb)" in html  # the label in full, in the page's data: the page cuts its aside


@pytest.mark.parametrize("page, share", [(WIDTHS[0], 0.09), (WIDTHS[1], 0.12), (WIDTHS[2], 0.11)], indirect=["page"],
                         ids=lambda w: f"{w[0]}px" if isinstance(w, tuple) else "")
def test_mid_text_the_pinned_header_legend_and_column_name_leave_the_texts_the_screen(page, share):
    """At 800 px the header (title, two lines of links), the legend (three lines) and the column's
    name stood over the texts' top 204 px of 800, a quarter of the screen: now 87 (the header scrolls
    away under 900 px, the legend is two lines); on a phone 106 of 844, now 84.  On a laptop's 1,366 x 768
    the header and two lines of legend took 153 px, a fifth: now 60 (the header scrolls away up to 860 px
    high, the legend is one line)."""
    wide = page.viewport_size["width"] >= 1200
    page.select_option("#pair-select", "t0" if wide else "1")
    text = page.locator("#pair-b .article-text").bounding_box()
    page.evaluate(f"window.scrollTo(0, {text['y'] + text['height'] / 2} + window.scrollY - 300)")
    name = page.locator("#pair-b .column-name").bounding_box()
    assert name["y"] + name["height"] <= share * page.viewport_size["height"]
    # every layer's switch is still in the legend, and named in full on hover where its aside is left out
    legend = page.locator('#side-by-side .toggles[data-for="pair"]')
    labels = legend.locator("label")
    assert labels.count() == 6
    if page.viewport_size["width"] > 640:  # all in sight (on a phone one row that scrolls sideways)
        assert all(labels.nth(i).is_visible() and labels.nth(i).bounding_box()["x"] + labels.nth(i).bounding_box()["width"] <= page.viewport_size["width"]
                   for i in range(6))
    attribution = legend.locator("label", has=page.locator('input[data-type="attribution"]'))
    assert attribution.get_attribute("title") == "attribution (reporting verb)"
    assert attribution.inner_text() == ("attribution" if _compact_legend(page) else "attribution (reporting verb)")
    if page.viewport_size["width"] >= 1200:  # three texts on a laptop: switches and key in one line
        assert legend.bounding_box()["height"] <= 36


def test_each_panel_of_the_profile_names_the_outlet_under_each_bar(page):
    """On a laptop the bars had no names, only colours keyed far to the right of the panels."""
    page.wait_for_function("window.framingCharts !== undefined")
    page.evaluate("framingCharts.drawn()")
    panels = page.locator("#fig-profile").evaluate("""(fig) => {
        const panels = {};
        fig.querySelectorAll('g[class^="x"][class$="tick"] text').forEach(t => {
            const lines = [...t.querySelectorAll('tspan.line')].map(l => l.textContent);
            (panels[t.parentNode.getAttribute('class')] ||= []).push(lines.length ? lines.join(' ') : t.textContent);
        });
        return panels;
    }""")
    assert len(panels) >= 9  # every panel, not the first alone
    assert {tuple(names) for names in panels.values()} == {("Fox News", "HuffPost", "The New York Times")}
    figure = page.locator("#fig-profile").bounding_box()
    ticks = page.locator('#fig-profile g[class^="x"][class$="tick"] text')
    for i in range(ticks.count()):
        box = ticks.nth(i).bounding_box()
        assert figure["x"] <= box["x"] and box["x"] + box["width"] <= figure["x"] + figure["width"] + 1


def test_the_pair_chooser_says_how_many_articles_there_are_to_choose_from(page):
    """'Pair: Fox News | HuffPost' left a class unaware of its third article; on a wide screen all
    three come first, and every two of them are still offered."""
    wide = page.viewport_size["width"] >= 1200
    label = page.locator("#side-by-side .pair-label")
    assert label.inner_text().startswith("Compare all 3 articles, or two of them:" if wide else "Compare two of the 3 articles:")
    pairs = ["Fox News | HuffPost", "Fox News | The New York Times", "HuffPost | The New York Times"]
    assert page.locator("#pair-select option:not([hidden])").all_inner_texts() == ["All three: Fox News | HuffPost | The New York Times"] * wide + pairs


def test_a_link_of_the_header_lands_its_section_at_the_top_clear_of_the_section_before(page):
    """Under 900 px the header scrolls away: the room kept above a section for it had shown the end
    of the side-by-side section there, its pinned legend over "Outlet profile" (at 1,366 px the section
    had landed 2 px under the header)."""
    page.evaluate("window.scrollTo(0, 0)")
    page.locator('nav a[href="#profile"]').click()
    page.wait_for_function("document.getElementById('profile').getBoundingClientRect().top < 200")
    profile = page.locator("#profile").bounding_box()
    header = page.locator("header").bounding_box()
    stays = _header_stays(page)
    top = header["y"] + header["height"] if stays else 0
    assert top <= profile["y"] <= top + 12
    legend = page.locator('#side-by-side .toggles[data-for="pair"]').bounding_box()
    assert legend["y"] + legend["height"] <= top + 3  # gone with its section (under the header, where it stays)


def test_the_pair_chooser_stays_within_the_screen(page):
    """On a phone the chooser, its options named after the story ('National emergency for the border
    wall: Fox News | HuffPost'), ran past the screen's edge; the page's title names the story now."""
    box = page.locator("#pair-select").bounding_box()
    assert 0 <= box["x"] and box["x"] + box["width"] <= page.viewport_size["width"]
    assert page.evaluate("getComputedStyle(document.getElementById('pair-select')).maxWidth") == "100%"


def test_the_report_of_a_class_folder_of_three_offers_all_three(report):
    html = report.read_text(encoding="utf-8")
    assert '<option value="t0" class="trio-option">All three: Fox News | HuffPost | The New York Times</option><option value="0">Fox News | HuffPost</option>' in html
    assert '<div class="column" id="pair-c" role="region" aria-label="third text" hidden></div>' in html
    assert "The articles side by side (all three on a wide screen, else two of them)" in html


def test_three_texts_stand_side_by_side_on_a_wide_screen_two_on_a_tablet_one_under_another_on_a_phone(page):
    """A class of three articles had to choose two to read side by side, even on a laptop."""
    width = page.viewport_size["width"]
    page.select_option("#pair-select", "t0" if width >= 1200 else "0")
    shown = [c for c in ("pair-a", "pair-b", "pair-c") if page.locator(f"#{c}").is_visible()]
    assert shown == (["pair-a", "pair-b", "pair-c"] if width >= 1200 else ["pair-a", "pair-b"])
    boxes = [page.locator(f"#{c}").bounding_box() for c in shown]
    beside = all(b["x"] > a["x"] + a["width"] - 1 and abs(b["y"] - a["y"]) < 60 for a, b in zip(boxes, boxes[1:]))
    assert beside is (width > 640)
    assert all(b["width"] >= 400 for b in boxes) if width >= 1200 else all(b["width"] >= 350 for b in boxes)  # 378 px in the page's 1200
    assert boxes[-1]["x"] + boxes[-1]["width"] <= width  # nothing past the screen's edge
    open_tables(page)  # folded above the texts
    header = page.locator("#pair-scores .pair-findings tr").first.locator("th").all_inner_texts()
    assert header == ["findings", "Fox News", "HuffPost", "The New York Times"][:len(shown) + 1]
    if width < 1200:
        return
    # the pinned legend spans the three texts (they had shown beside it as they scrolled under it)
    legend = page.locator('#side-by-side .toggles[data-for="pair"]').bounding_box()
    assert legend["x"] <= boxes[0]["x"] and legend["x"] + legend["width"] >= boxes[-1]["x"] + boxes[-1]["width"] - 1
    # the third text's findings: a stop for the keyboard, their details in their own column
    third = page.locator("#pair-c .article-text .hl.t-loaded").first
    third.focus()
    tip, column = page.locator("#tip"), page.locator("#pair-c").bounding_box()
    sync_api.expect(tip).to_contain_text("loaded language")
    box = tip.bounding_box()
    assert column["x"] <= box["x"] and box["x"] + box["width"] <= column["x"] + column["width"] + 1
    page.keyboard.press("Escape")
    links = page.locator("#pair-b .skip-link").all_text_contents()
    assert links == ["Skip to the third text (The New York Times)", "Back to the first text (Fox News)"]
    assert page.locator("#print-pair").inner_text() == "Print these three only"
    # two of them on asking: the third column goes, the difference column comes back
    page.select_option("#pair-select", "1")  # Fox News | The New York Times
    assert page.locator("#pair-c").is_hidden()
    assert page.locator("#pair-b h3").inner_text().startswith("Senate budget vote, as The New York Times")
    assert page.locator("#pair-scores table.pair-scores th").last.inner_text() == "difference (Fox News \u2212 The New York Times)"
    page.select_option("#pair-select", "t0")
    # a window narrowed under three texts goes to two of them (three columns of 250 px read as a word a line)
    page.set_viewport_size({"width": 1000, "height": 800})
    try:
        page.wait_for_function("document.getElementById('pair-select').value === '0'")
        assert page.locator("#pair-c").is_hidden() and page.locator("#pair-b").is_visible()
        assert page.locator("#pair-select option.trio-option").is_hidden()
    finally:
        page.set_viewport_size(dict(zip(("width", "height"), WIDTHS[0])))


def test_the_distinctive_scatter_writes_each_outlets_own_word_inside_the_chart(page):
    """A cloud of dots to hover one by one: each outlet's clearest words are now written by their points."""
    page.evaluate("framingCharts.drawn()")
    labels = page.locator("#fig-distinctive g.textpoint text")
    words = {w for i in range(labels.count()) for w in labels.nth(i).text_content().split(", ")}  # words on one point share a label
    assert {"taxpayers", "mr", "smith", "activists"} <= words
    # every box read in one step, so that a chart above drawn meanwhile cannot move the figure between reads
    figure, boxes = page.evaluate("""() => {
        const r = e => { const b = e.getBoundingClientRect(); return {x: b.x, y: b.y, width: b.width, height: b.height}; };
        const fig = document.getElementById('fig-distinctive');
        return [r(fig), [...fig.querySelectorAll('g.textpoint text')].map(t => [t.textContent, r(t)])];
    }""")
    for text, box in boxes:
        assert figure["x"] <= box["x"] and box["x"] + box["width"] <= figure["x"] + figure["width"] + 1, text
        assert figure["y"] <= box["y"] and box["y"] + box["height"] <= figure["y"] + figure["height"] + 1, text


def test_the_distinctive_scatter_of_three_outlets_writes_only_the_words_each_uses_more(report):
    """A word in the NYT's colour under the lower line read as the NYT's word (it is one the NYT uses less)."""
    import json
    import re
    fig = json.loads(re.search(r'data-target="fig-distinctive">(.*?)</script>', report.read_text(encoding="utf-8")).group(1))
    written = [(t["name"], word, z) for t in fig["data"] for word, z in zip(t["text"], t["y"]) if word]
    assert {w for _, w, _ in written} >= {"taxpayers", "activists"}
    assert all(z >= 1.96 for _, _, z in written), written


def test_below_a_laptops_width_the_scores_read_by_what_they_count_not_by_code_name(page):
    """At 800 px the code names (loaded_author_per_1k) came first and 'what it counts' had a word a line."""
    open_tables(page)  # folded above the texts
    table = page.locator("#pair-scores table.pair-scores")
    first_row = table.locator("tr").nth(1)  # the first score's row, under the header row
    code_shown = first_row.locator("td").first.is_visible()
    assert code_shown is (page.viewport_size["width"] > 900)
    if not code_shown:
        assert table.locator("tr").first.locator("th").first.is_hidden()
        what = first_row.locator("td").nth(1)
        assert what.inner_text() == "Loaded words, the outlet's own, per 1,000 own words"
        assert what.bounding_box()["width"] >= 0.25 * page.viewport_size["width"]  # a phrase a line, not a word


def test_a_reading_note_goes_to_its_words_in_the_text_and_marks_them(page):
    """'unclosed quotation mark near "...said “the budget was doomed..."': a class then hunted for the
    words in a text of 1,000; the note is a button (Tab, Enter) that scrolls the text there and marks them a moment."""
    wide = page.viewport_size["width"] >= 1200
    page.select_option("#pair-select", "t0" if wide else "1")  # the New York Times: the third text, or the second beside Fox News
    column = page.locator("#pair-c" if wide else "#pair-b")
    notes = column.locator("details.reading-notes")
    page.evaluate("window.scrollTo(0, 0)")
    notes.locator("summary").click()
    note = notes.locator("button.reading-note")
    assert note.inner_text() == ('unclosed quotation mark near "...watched. The mayor said \u201cthe budget was doomed from...": '
                                 "taken to run to the end of its paragraph \u2192 show in the text")
    note.focus()
    page.keyboard.press("Enter")
    flashes = page.locator(".jump-flash")
    sync_api.expect(flashes.first).to_be_visible()
    words = column.locator(".article-text .hl.t-quote", has_text="the budget was").last.bounding_box()
    legend = page.locator('#side-by-side .toggles[data-for="pair"]').bounding_box()
    assert legend["y"] + legend["height"] <= words["y"] and words["y"] + words["height"] <= page.viewport_size["height"]  # in sight
    marks = [flashes.nth(i).bounding_box() for i in range(flashes.count())]  # one a line of the note's words
    assert any(m["x"] <= words["x"] + 1 and words["x"] + words["width"] <= m["x"] + m["width"] + 1
               and m["y"] <= words["y"] + 1 and words["y"] + words["height"] <= m["y"] + m["height"] + 1 for m in marks)
    sync_api.expect(flashes).to_have_count(0, timeout=5_000)  # briefly


@pytest.mark.parametrize("page", [WIDTHS[0], WIDTHS[-1]], indirect=True, ids=lambda w: f"{w[0]}px")
def test_a_reading_note_in_the_article_view_scrolls_to_its_words(page):
    """On a laptop the article view's text scrolls in its own box, and the note scrolls that box; on a
    phone the text is whole (a box of 75% of the screen took the finger's scroll and hid its end)."""
    phone = page.viewport_size["width"] < 600
    page.locator("#article-table tbody tr", has_text="The New York Times").click()
    view = page.locator("#article-view")
    box = view.locator(".article-text")
    assert box.evaluate("e => e.scrollHeight <= e.clientHeight + 1") is phone
    view.locator("details.reading-notes summary").click()
    view.locator("button.reading-note").click()
    if not phone:
        assert box.evaluate("e => e.scrollTop") > 1000  # the note's words are at the end of some 1,000
    words = box.locator(".hl.t-quote", has_text="the budget was").last.bounding_box()
    text = box.bounding_box()
    assert text["y"] <= words["y"] and 0 <= words["y"] and words["y"] + words["height"] <= min(text["y"] + text["height"], page.viewport_size["height"])


def test_the_texts_come_right_under_the_chooser_their_tables_folded_and_printed_open(page, report):
    """A student met two tables (14 scores, 11 counts) between the chooser and the texts: the first
    text began 2,100 px down at 1,366 px, 3,500 px on a phone."""
    assert '<details class="pair-tables" id="pair-tables"><summary>' in report.read_text(encoding="utf-8")  # folded when the page opens
    page.evaluate("document.getElementById('pair-tables').open = false")
    page.select_option("#pair-select", "t0" if page.viewport_size["width"] >= 1200 else "0")
    chooser = page.locator("#pair-select").bounding_box()
    text = page.locator("#pair-a .article-text").bounding_box()
    assert text["y"] - chooser["y"] < 0.6 * page.viewport_size["height"]
    summary = page.locator("#pair-tables summary")
    wide = page.viewport_size["width"] >= 1200
    assert summary.inner_text() == f"Scores and findings of the {'three' if wide else 'two'} texts, compared in two tables"
    assert page.locator("#pair-scores table.pair-scores").is_hidden()
    summary.click()
    assert page.locator("#pair-scores table.pair-scores").is_visible() and page.locator("#pair-scores table.pair-findings").is_visible()
    summary.click()
    # printed (a handout of the texts and their scores), the tables are open; on screen again, folded
    page.emulate_media(media="print")
    try:
        page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
        assert page.locator("#pair-scores table.pair-scores").is_visible()
        assert summary.is_hidden()
    finally:
        page.evaluate("window.dispatchEvent(new Event('afterprint'))")
        page.emulate_media(media="screen")
    assert page.locator("#pair-scores table.pair-scores").is_hidden()


@pytest.mark.parametrize("page", [WIDTHS[0]], indirect=True, ids=lambda w: f"{w[0]}px")
def test_three_texts_print_as_three_at_the_papers_width(page):
    """Printing lays the page out at the paper's width, under 1,200 px: that is no narrowed window,
    and 'Print these three only' had printed two of them."""
    page.select_option("#pair-select", "t0")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 718, "height": 1000})  # A4's printable width at 96 dpi
    try:
        page.wait_for_timeout(100)  # a media query's change event, if one were to come
        assert page.evaluate("document.getElementById('pair-select').value") == "t0"
        boxes = [page.locator(f"#{c}").bounding_box() for c in ("pair-a", "pair-b", "pair-c")]
        assert all(b["x"] > a["x"] + a["width"] - 1 and abs(b["y"] - a["y"]) < 5 for a, b in zip(boxes, boxes[1:]))
        assert boxes[-1]["x"] + boxes[-1]["width"] <= 718
    finally:
        page.evaluate("window.dispatchEvent(new Event('afterprint'))")
        page.emulate_media(media="screen")
        page.set_viewport_size(dict(zip(("width", "height"), WIDTHS[0])))


def test_each_text_names_its_outlet_at_the_top_of_its_column_while_it_is_read(page):
    """Mid-text, nothing said which column was Fox News and which The New York Times (on a phone,
    which of the texts one under the other was being read)."""
    wide = page.viewport_size["width"] >= 1200
    page.select_option("#pair-select", "t0" if wide else "1")  # Fox News | The New York Times
    columns = ["pair-a", "pair-b", "pair-c"] if wide else ["pair-a", "pair-b"]
    second = page.locator("#pair-b .article-text").bounding_box()
    page.evaluate(f"window.scrollTo(0, {second['y'] + second['height'] / 2} + window.scrollY - 300)")  # the middle of the second text
    legend = page.locator('#side-by-side .toggles[data-for="pair"]').bounding_box()
    names = {c: page.locator(f"#{c} .column-name") for c in columns}
    if page.viewport_size["width"] > 640:  # side by side: every column names its text at the same place
        assert [n.inner_text() for n in names.values()] == (["Fox News", "HuffPost", "The New York Times"] if wide else ["Fox News", "The New York Times"])
        for n in names.values():
            assert n.bounding_box()["y"] == pytest.approx(legend["y"] + legend["height"], abs=1.5)
    else:  # one under the other: the text on the screen names itself; the first text's name has gone with it
        assert names["pair-b"].inner_text() == "The New York Times"
        assert names["pair-b"].bounding_box()["y"] == pytest.approx(legend["y"] + legend["height"], abs=1.5)
        assert names["pair-a"].bounding_box()["y"] + names["pair-a"].bounding_box()["height"] <= legend["y"] + legend["height"] + 1
    page.evaluate("document.getElementById('profile').scrollIntoView()")
    profile = page.locator("#profile").bounding_box()
    assert all(n.bounding_box()["y"] + n.bounding_box()["height"] <= profile["y"] + 1 for n in names.values())  # they go with their texts


def test_page_clutter_above_a_headline_is_folded_under_one_line(page):
    """The Independent's text began with eight grey lines ("Get all your news in one place.", "Start
    reading", ...) before its first sentence; here HuffPost's advertisement and newsletter prompt."""
    page.select_option("#pair-select", "t0" if page.viewport_size["width"] >= 1200 else "0")  # Fox News | HuffPost
    text = page.locator("#pair-b .article-text")
    fold = text.locator("details.clutter-above")
    assert fold.locator("summary").inner_text() == "2 lines of page clutter above the headline, left out of the counts: advertisement, newsletter prompt"
    assert text.locator(".ignored", has_text="Advertisement").is_hidden()
    assert page.locator("#pair-b h3").inner_text() == "Senate budget vote, as HuffPost told it"
    assert text.inner_text().split("\n")[1].startswith("The senator said the plan was a disastrous farce.")  # the text, right under that line
    fold.locator("summary").click()
    ignored = text.locator(".ignored")
    assert ignored.all_inner_texts() == ["Advertisement", "Sign up for our daily newsletter."]
    assert ignored.first.get_attribute("title") == "left out of the counts: advertisement"
    fold.locator("summary").click()
    assert page.locator("#pair-a details.clutter-above").count() == 0  # Fox News: no clutter, nothing folded


@pytest.fixture(scope="module")
def clutter_report(tmp_path_factory) -> Path:
    """HuffPost's text opens on two lines of page clutter, then a headline whose quotation never closes:
    the reading note's words run from the folded clutter through the headline into the text."""
    folder = tmp_path_factory.mktemp("clutter") / "budget"
    folder.mkdir()
    body = "".join(f"The senator said the plan was a disastrous farce. Officials said talks may resume on day {i}.\n\n" for i in range(30))
    (folder / "fox.txt").write_text("Senate budget vote\n\n" + body, encoding="utf-8")
    (folder / "hpo.txt").write_text("Advertisement\n\nSign up for our daily newsletter.\n\nSenate vote: \u201cdoomed budget\n\n" + body, encoding="utf-8")
    (folder / "manifest.csv").write_text("path,outlet,date,headline\nfox.txt,Fox News,2025-05-14,Senate budget vote\n"
                                         "hpo.txt,HuffPost,2025-05-14,Senate vote: \u201cdoomed budget\n", encoding="utf-8")
    out = folder.parent / "rep.html"
    result = CliRunner().invoke(app, ["report", str(folder), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    return out


def test_a_reading_note_can_begin_in_the_page_clutter_folded_above_the_headline(clutter_report):
    """The words a note quotes reach some 24 characters either side of its place: here back into the clutter."""
    import json
    import re
    store = json.loads(re.search(r'<script type="application/json" id="article-data">(.*?)</script>', clutter_report.read_text(encoding="utf-8"), re.S).group(1))
    hpo = next(a for a in store["articles"] if a["outlet"] == "HuffPost")
    (lo, hi), = hpo["warningAt"]
    assert hpo["text"][lo:hi] == "newsletter.\n\nSenate vote: \u201cdoomed budget\n\nThe senator"
    assert [hpo["text"][s:s + n] for s, n, _ in (r[:3] for r in _starts(hpo["ignored"]))] == ["Advertisement", "Sign up for our daily newsletter."]
    assert hpo["text"][hpo["headline"][0]:hpo["headline"][1]] == "Senate vote: \u201cdoomed budget"


def _starts(rows):
    """The store's delta-coded rows ([gap, length, ...]) as [start, length, ...]."""
    start = 0
    for row in rows:
        start += row[0]
        yield [start, *row[1:]]


@pytest.mark.parametrize("width, height", [WIDTHS[0], WIDTHS[-1]], ids=lambda w: f"{w}")
def test_a_reading_note_whose_words_are_folded_away_opens_the_fold_and_marks_them_all(browser, clutter_report, width, height):
    """The note had scrolled to the text under the fold and marked only the words outside it; the
    headline (shown above the fold, as the text's heading) was not marked at all."""
    pg = browser.new_page(viewport={"width": width, "height": height}, has_touch=width < 600)
    try:
        pg.goto(clutter_report.as_uri())
        pg.wait_for_selector("body[data-ready]", timeout=60_000)
        column = pg.locator("#pair-b")
        fold = column.locator("details.clutter-above")
        assert fold.evaluate("d => d.open") is False
        column.locator("details.reading-notes summary").click()
        pg.evaluate("window.scrollTo(0, 0)")
        column.locator("button.reading-note").click()
        assert fold.evaluate("d => d.open") is True
        flashes = pg.locator(".jump-flash")
        sync_api.expect(flashes.first).to_be_visible()
        marks = [flashes.nth(i).bounding_box() for i in range(flashes.count())]
        words = [column.locator(".article-text .ignored", has_text="Sign up").bounding_box(), column.locator("h3").bounding_box(),
                 column.locator(".article-text .hl.t-attribution").first.bounding_box()]  # "newsletter.", the headline, "The senator said"
        for w in words:
            assert 0 <= w["y"] and w["y"] + w["height"] <= height  # in sight
            assert any(m["y"] <= w["y"] + w["height"] and w["y"] <= m["y"] + m["height"] and m["x"] < w["x"] + w["width"] for m in marks)
        assert len(marks) == 3  # one a line: the clutter's, the headline's, the text's
    finally:
        pg.close()
